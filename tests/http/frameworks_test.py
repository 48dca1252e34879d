#!/usr/bin/env python3
"""Real web frameworks from npm, run on the runtime, must answer as they do on Node.

    python3 tests/http/frameworks_test.py build/bin/06-http [--modules DIR]

Each application in tests/http/frameworks/ (express, and a second framework)
is started twice, once by `node` and once by the runtime, with the npm
packages that scripts/bootstrap.sh installs into .tools/npm-frameworks found
through NODE_PATH. The same fixed list of requests goes to each, and the
transcripts must be equal byte for byte: status line, every header in its
order and spelling (but Date, which is the clock), and the body.

Static files: ETag and Last-Modified come from the file's size and mtime;
both servers serve the same files, so they agree and are compared too.

Compressed bodies (Content-Encoding gzip or deflate) are compared after
decompression: Node links its own copy of zlib (Chromium's, tuned for
speed), the runtime the system's, and two zlib builds may pick different,
equally valid encodings of the same bytes. The headers, the encoding named
and the decompressed bytes must still be the same.

Without npm's packages installed (no npm on the machine) the test says so
and passes; with them, everything is checked.
"""
import argparse
import hashlib
import http.client
import os
import select
import subprocess
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
APPS = os.path.join(HERE, "frameworks")

JSON = {"Content-Type": "application/json"}

# (method, path, headers, body). Every entry is deterministic: no answer
# depends on time, on the port, or on the order of anything concurrent. A
# body given as a list of pieces is sent with Transfer-Encoding: chunked.
EXPRESS_REQUESTS = [
    ("GET", "/users/42", {}, None),
    ("GET", "/users/42?sort=asc&tag=a&tag=b", {}, None),
    ("GET", "/users/%C3%A9t%C3%A9", {}, None),
    ("GET", "/files/a/b/c.txt", {}, None),
    ("POST", "/echo", JSON, b'{"name":"ada","langs":["c","js"],"n":1.5}'),
    ("POST", "/echo", {"Content-Type": "application/json; charset=utf-8"}, b'[1,2,3]'),
    ("POST", "/echo", JSON, b'{"broken": '),
    ("POST", "/echo", JSON, b'{"big":"' + b"x" * 2000 + b'"}'),
    ("POST", "/echo", {"Content-Type": "text/plain"}, b"not json"),
    ("POST", "/form", {"Content-Type": "application/x-www-form-urlencoded"},
     b"a=1&b=two+words&c=%26"),
    ("POST", "/text", {"Content-Type": "text/plain"}, b"hello text"),
    ("GET", "/old", {}, None),
    ("GET", "/moved", {"Accept": "text/html"}, None),
    ("GET", "/cookie", {}, None),
    ("GET", "/buffer", {}, None),
    ("GET", "/big", {}, None),
    ("POST", "/echo", JSON, [b'{"sent":', b'"in chunks"', b"}"]),
    ("GET", "/boom", {}, None),
    ("GET", "/later", {}, None),
    ("GET", "/promise", {}, None),
    ("GET", "/nope", {}, None),
    ("DELETE", "/users/1", {}, None),
    ("GET", "/static/index.html", {}, None),
    ("GET", "/static/style.css", {}, None),
    ("HEAD", "/static/style.css", {}, None),
    ("GET", "/static/", {}, None),
    ("GET", "/static/docs", {}, None),
    ("GET", "/static/docs/long.txt", {}, None),
    ("GET", "/static/docs/long.txt", {"Range": "bytes=100-199"}, None),
    ("GET", "/static/docs/long.txt", {"Range": "bytes=-20"}, None),
    ("GET", "/static/docs/long.txt", {"Range": "bytes=99999-"}, None),
    ("GET", "/static/style.css", {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"}, None),
    ("GET", "/users/5", {"If-None-Match": "*"}, None),
    ("GET", "/static/missing.txt", {}, None),
    ("GET", "/static/../express_app.js", {}, None),
    ("GET", "/users/1", {"Accept": "text/html"}, None),
    ("GET", "/zipped/text", {"Accept-Encoding": "gzip"}, None),
    ("GET", "/zipped/text", {"Accept-Encoding": "deflate"}, None),
    ("GET", "/zipped/text", {"Accept-Encoding": "identity"}, None),
    ("GET", "/zipped/docs/long.txt", {"Accept-Encoding": "gzip, deflate"}, None),
    ("HEAD", "/zipped/style.css", {"Accept-Encoding": "gzip"}, None),
]

KOA_REQUESTS = [
    ("GET", "/users/42", {}, None),
    ("GET", "/users/42?sort=asc&tag=a&tag=b", {}, None),
    ("GET", "/users/%C3%A9t%C3%A9", {}, None),
    ("POST", "/echo", JSON, b'{"name":"ada","langs":["c","js"],"n":1.5}'),
    ("POST", "/echo", JSON, b'{"broken": '),
    ("POST", "/echo", JSON, b'{"big":"' + b"x" * 2000 + b'"}'),
    ("POST", "/echo", {"Content-Type": "text/plain"}, b"not parsed"),
    ("POST", "/form", {"Content-Type": "application/x-www-form-urlencoded"},
     b"a=1&b=two+words&c=%26"),
    ("GET", "/old", {}, None),
    ("GET", "/old", {"Accept": "text/html"}, None),
    ("GET", "/cookie", {}, None),
    ("GET", "/buffer", {}, None),
    ("GET", "/stream", {}, None),
    ("GET", "/generated", {}, None),
    ("POST", "/echo", JSON, [b'{"sent":', b'"in chunks"', b"}"]),
    ("GET", "/download", {}, None),
    ("GET", "/empty", {}, None),
    ("GET", "/boom", {}, None),
    ("GET", "/later", {}, None),
    ("GET", "/raw-boom", {}, None),
    ("GET", "/teapot", {}, None),
    ("GET", "/nope", {}, None),
    ("DELETE", "/users/1", {}, None),
    ("OPTIONS", "/users/1", {}, None),
    ("HEAD", "/users/1", {}, None),
    ("GET", "/index.html", {}, None),
    ("GET", "/", {}, None),
    ("GET", "/style.css", {}, None),
    ("HEAD", "/style.css", {}, None),
    ("GET", "/docs/long.txt", {}, None),
    ("GET", "/style.css", {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"}, None),
    ("GET", "/../koa_app.js", {}, None),
]

# What the applications require (scripts/bootstrap.sh installs them).
PACKAGES = ["express", "compression", "koa", "@koa/router", "koa-bodyparser", "koa-static"]

APPLICATIONS = {
    "express": ("express_app.js", EXPRESS_REQUESTS),
    "koa": ("koa_app.js", KOA_REQUESTS),
}


def environment(modules):
    env = dict(os.environ)
    for name in ("NODE_OPTIONS", "NODE_EXTRA_CA_CERTS", "NODE_DEBUG"):
        env.pop(name, None)
    env["NODE_PATH"] = modules
    env["NODE_ENV"] = "production"  # no stack traces in error pages
    return env


def start(binary, app, modules):
    proc = subprocess.Popen([binary, os.path.join(APPS, app)], cwd=APPS, env=environment(modules),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # The port line, waited for at most 30 s (a sanitizer build loads the
    # frameworks' hundred files slowly; a healthy one takes well under 1 s).
    ready, _, _ = select.select([proc.stdout], [], [], 30)
    line = proc.stdout.readline().decode().strip() if ready else ""
    if not line.isdigit():
        proc.kill()
        _, err = proc.communicate(timeout=5)
        raise SystemExit(f"{binary} {app}: no port printed ({line!r})\n{err.decode(errors='replace')}")
    return proc, int(line)


def stop(proc):
    proc.kill()
    _, err = proc.communicate(timeout=5)
    return err.decode(errors="replace")


def exchange(port, method, target, headers, body, conn=None):
    """One request; returns the response as text, or how the exchange failed."""
    own = conn is None
    if own:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        if isinstance(body, list):
            conn.request(method, target, body=iter(body), headers=headers, encode_chunked=True)
        else:
            conn.request(method, target, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
    except (OSError, http.client.HTTPException) as e:
        return f"{method} {target}\n!! {type(e).__name__}: {e}\n"
    finally:
        if own:
            conn.close()
    encoding = (resp.getheader("Content-Encoding") or "").lower()
    if data and encoding in ("gzip", "deflate"):
        data = b"(decompressed) " + zlib.decompress(data, 31 if encoding == "gzip" else 15)
    lines = [f"{method} {target}", f"HTTP/{resp.version / 10:.1f} {resp.status} {resp.reason}"]
    for name, value in resp.getheaders():
        if name.lower() == "date":
            value = "<date>"
        lines.append(f"{name}: {value}")
    lines.append("")
    if len(data) > 4096:
        # A long body: its length and digest, so that a difference shows
        # without thousands of lines.
        lines.append(f"<{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}>")
    elif b"\0" in data or data.startswith(b"\xff"):
        lines.append(repr(data))
    else:
        lines.append(data.decode("latin-1"))
    return "\n".join(lines) + "\n"


def transcript(binary, app, requests, modules):
    proc, port = start(binary, app, modules)
    out = []
    try:
        for method, target, headers, body in requests:
            out.append(exchange(port, method, target, headers, body))
        # The same requests again, one after another on one kept-alive
        # connection: the framework's state must not leak between them.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        for method, target, headers, body in requests[:6]:
            out.append("(kept alive) " + exchange(port, method, target, headers, body, conn))
        conn.close()
    finally:
        stderr = stop(proc)
    return "\n".join(out), stderr


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            context = "\n".join(al[max(0, i - 8):i])
            return f"line {i + 1}:\n{context}\n--- node:    {x!r}\n+++ runtime: {y!r}"
    return f"lengths differ: node {len(al)} lines, runtime {len(bl)} lines"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--node", default="node")
    parser.add_argument("--modules", default=os.path.join(ROOT, ".tools", "npm-frameworks",
                                                          "node_modules"))
    parser.add_argument("--only", help="run one application")
    parser.add_argument("--show", action="store_true", help="print the runtime's transcript")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)

    missing = [name for name in PACKAGES if not os.path.isdir(os.path.join(args.modules, name))]
    if missing:
        print(f"{', '.join(missing)} not installed in {args.modules} (scripts/bootstrap.sh "
              "installs them when npm is present): skipped")
        return 0
    failed = 0
    for name, (app, requests) in APPLICATIONS.items():
        if args.only and name != args.only:
            continue
        began = time.monotonic()
        expected, node_err = transcript(args.node, app, requests, args.modules)
        actual, our_err = transcript(args.binary, app, requests, args.modules)
        took = time.monotonic() - began
        if args.show:
            print(actual)
        if expected == actual:
            print(f"ok   {name}: {len(requests) + 6} exchanges the same as Node's ({took:.1f} s)")
        else:
            failed += 1
            print(f"FAIL {name}: first difference at {first_difference(expected, actual)}")
            if our_err.strip():
                print(f"runtime's stderr:\n{our_err}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
