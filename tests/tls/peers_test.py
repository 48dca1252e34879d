#!/usr/bin/env python3
"""Peers from outside the project against our TLS, in both directions.

    python3 tests/tls/peers_test.py build/bin/06-http

1. curl --cacert and `openssl s_client -verify_return_error` against
   tests/tls/server.js (our https server), a plain-HTTP request to it and a
   TLS 1.2 renegotiation (refused), neither of which stops it from serving
   the next client.
2. tests/tls/client.js (our https client) against `openssl s_server -www`
   and against Python's ssl module serving https.
Certificates come from make_certs.sh, made afresh in a temporary folder.
"""
import http.server
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
failures = []


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
    if not condition:
        failures.append(name)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def our_server(runtime, env, requests):
    proc = subprocess.Popen([runtime, os.path.join(HERE, "server.js"), str(requests)], env=env,
                            stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    return proc, int(line.split()[1])


def main():
    runtime = os.path.abspath(sys.argv[1])
    certs = tempfile.mkdtemp(prefix="tls-peers-")
    subprocess.run(["sh", os.path.join(HERE, "make_certs.sh"), certs], check=True)
    env = dict(os.environ, TLS_CERTS=certs)
    env.pop("NODE_OPTIONS", None)
    ca = os.path.join(certs, "ca.pem")

    # 1. Outside clients, our server: curl, plain HTTP, openssl s_client.
    proc, port = our_server(runtime, env, 2)
    out = subprocess.run(["curl", "-sS", "--cacert", ca, f"https://localhost:{port}/curl"],
                         capture_output=True, text=True, timeout=20)
    check("curl --cacert", out.stdout == "GET /curl over TLSv1.3\n", out.stdout + out.stderr)
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        s.settimeout(10)
        try:
            while s.recv(4096):
                pass
        except OSError:
            pass
    # Renegotiation (TLS 1.2, s_client's "R" command) is refused: the server
    # answers with a no_renegotiation alert, and the s_client below is
    # still served. (Node itself accepts 3 in 10 minutes; see the chapter.)
    reneg = subprocess.Popen(["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-CAfile",
                              ca, "-tls1_2"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    reneg.stdin.write("R\n")
    reneg.stdin.flush()
    try:
        err = reneg.communicate(timeout=10)[1]
    except subprocess.TimeoutExpired:
        reneg.kill()
        err = reneg.communicate()[1]
    check("renegotiation refused", "RENEGOTIATING" in err and "no renegotiation" in err, err)
    out = subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-CAfile", ca,
                          "-servername", "localhost", "-verify_return_error", "-quiet",
                          "-verify_hostname", "localhost"],
                         input="GET /s_client HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                         capture_output=True, text=True, timeout=20)
    check("openssl s_client", "GET /s_client over TLSv1.3" in out.stdout, out.stdout + out.stderr)
    try:
        rest = proc.communicate(timeout=20)[0]
    except subprocess.TimeoutExpired:
        proc.kill()
        rest = proc.communicate()[0]
    check("plain HTTP was a tlsClientError, server went on", "tlsClientError ERR_SSL_HTTP_REQUEST" in rest
          and proc.returncode == 0, f"{rest!r} exit {proc.returncode}")

    # 2. Our client, outside servers: openssl s_server, Python's ssl.
    port = free_port()
    server = subprocess.Popen(["openssl", "s_server", "-accept", str(port), "-cert",
                               os.path.join(certs, "server.pem"), "-key",
                               os.path.join(certs, "server.key"), "-www", "-quiet"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port)).close()
                break
            except OSError:
                time.sleep(0.1)
        out = subprocess.run([runtime, os.path.join(HERE, "client.js"), str(port)], env=env,
                             capture_output=True, text=True, timeout=20)
        check("client vs openssl s_server", out.stdout.startswith("status 200 authorized true\n"),
              out.stdout + out.stderr)
    finally:
        server.kill()
        server.wait()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"hello from python ssl\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(certs, "server.pem"), os.path.join(certs, "server.key"))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    out = subprocess.run([runtime, os.path.join(HERE, "client.js"), str(httpd.server_address[1])],
                         env=env, capture_output=True, text=True, timeout=20)
    httpd.shutdown()
    check("client vs Python ssl", out.stdout == "status 200 authorized true\nhello from python ssl\n",
          out.stdout + out.stderr)

    subprocess.run(["rm", "-rf", certs])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
