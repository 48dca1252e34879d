#!/usr/bin/env python3
"""Clients from outside the project against our http server, and our client against Python's.

    python3 tests/http/clients_test.py build/bin/06-http

1. curl (GET, POST with a body, a chunked upload, keep-alive over several
   URLs, --http1.0) and Python's http.client (requests on one kept-alive
   connection, a chunked response, a POST) talk to tests/http/server.js run
   by the runtime, then by Node; the transcripts (status, headers but Date,
   body, whether the connection was reused) must be the same.
2. tests/http/client.js, run by the runtime and by Node, fetches from
   Python's http.server; the outputs must be the same.
"""
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def environment():
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.pop("NODE_EXTRA_CA_CERTS", None)
    return env


def normalize(text, port):
    text = re.sub(r"(?m)^(< )?Date: .*$", r"\1Date: <date>", text)
    return text.replace(f":{port}", ":<port>").replace("\r", "")


def curl_transcript(port):
    base = f"http://127.0.0.1:{port}"
    runs = [
        ["-i", f"{base}/get"],
        ["-i", "-d", "a=1&b=2", f"{base}/form"],
        ["-i", "-H", "Transfer-Encoding: chunked", "--data-binary", "@-", f"{base}/upload"],
        ["-i", f"{base}/chunked"],
        ["-i", "--http1.0", f"{base}/old"],
        ["-v", f"{base}/one", f"{base}/two", f"{base}/three"],
    ]
    out = []
    for args in runs:
        done = subprocess.run(["curl", "-sS", "--max-time", "10"] + args, input=b"chunked body",
                              capture_output=True, timeout=30)
        text = done.stdout.decode("latin-1")
        if "-v" in args:
            # Only what shows the connection being kept and reused.
            log = done.stderr.decode("latin-1")
            lines = [line for line in log.splitlines()
                     if line.startswith(("< HTTP", "< Connection", "< Keep-Alive")) or
                     "Re-using" in line]
            text += "\n".join(re.sub(r"#\d+", "#n", line) for line in lines)
        out.append(f"$ curl {' '.join(args[:-1])}\n{text}\nexit {done.returncode}")
    return "\n".join(out)


def python_transcript(port):
    out = []
    local_ports = set()  # the client's end of each connection used
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for method, path, body in [("GET", "/a", None), ("POST", "/b", b"x" * 1000),
                               ("GET", "/chunked", None), ("PUT", "/c", b"")]:
        conn.request(method, path, body=body)
        res = conn.getresponse()
        data = res.read()
        if conn.sock is not None:
            local_ports.add(conn.sock.getsockname()[1])
        headers = [f"{k}: {v}" for k, v in res.getheaders() if k.lower() != "date"]
        out.append(f"{method} {path}: {res.status} {res.reason} {res.version} {headers} "
                   f"chunked={res.chunked} {data!r}")
    # One connection served all four requests (keep-alive).
    out.append(f"same socket: {len(local_ports) == 1}")
    conn.close()
    return "\n".join(out)


def against_server(runtime):
    process = subprocess.Popen(runtime + ["server.js"], cwd=HERE, stdout=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env=environment())
    try:
        port = int(process.stdout.readline())
        return normalize(curl_transcript(port) + "\n" + python_transcript(port), port)
    finally:
        process.kill()
        process.wait()


def against_python_server(runtime):
    folder = tempfile.mkdtemp()
    try:
        with open(os.path.join(folder, "hello.txt"), "w", encoding="ascii") as out:
            out.write("hello from python\n")
        server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0",
                                   "--bind", "127.0.0.1"], cwd=folder, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        try:
            line = server.stdout.readline().decode()
            port = int(re.search(r"port (\d+)", line).group(1))
            done = subprocess.run(runtime + ["client.js", str(port)], cwd=HERE,
                                  capture_output=True, timeout=30, env=environment())
            return done.stdout.decode() + done.stderr.decode() + f"exit {done.returncode}\n"
        finally:
            server.kill()
            server.wait()
    finally:
        shutil.rmtree(folder)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    runtime = sys.argv[1:]
    if os.sep in runtime[0]:
        runtime[0] = os.path.abspath(runtime[0])
    if shutil.which("curl") is None:
        sys.exit("curl is not installed")
    failures = 0
    for name, check in [("curl and http.client -> server.js", against_server),
                        ("client.js -> python http.server", against_python_server)]:
        ours = check(runtime)
        node = check(["node"])
        if ours != node:
            failures += 1
            print(f"FAIL {name}\n--- node\n{node}\n--- ours\n{ours}")
        else:
            print(f"ok {name}")
    # What the transcripts must show in any case.
    ours = against_server(runtime)
    for expected in ["Re-using existing connection", "transfer-encoding=\"chunked\"",
                     "GET /old HTTP/1.0", "chunked=True", "same socket: True"]:
        if expected not in ours:
            failures += 1
            print(f"FAIL transcript lacks {expected!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
