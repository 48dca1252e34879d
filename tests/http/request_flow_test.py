#!/usr/bin/env python3
"""The request flow, read from a real --trace-loop: two requests, one waiting on the pool.

    python3 tests/http/request_flow_test.py build/bin/06-http

Runs 06-http/examples/file-server.js with --trace-loop over a scratch root
holding hello.txt and a FIFO, slow.fifo. Request A asks for the FIFO: its
handler stats it and opens it for reading, and that open blocks a pool
worker until someone opens the FIFO for writing. While it blocks, request B
(hello.txt) comes and is answered in full. Only then does this script write
into the FIFO, which lets A's open finish; A's body is what was written.
The FIFO makes the order certain (no timing luck): B cannot wait for A.
Then a few raw requests check the server's other answers (404, 400, 405,
and paths that try to leave the root, which must not).

The trace (stderr and stdout through one pipe, so in the order written)
must show the eight steps of the flow, in order:

  1. A's connection arrives           poll    TCP onconnection
  2. its bytes are read               poll    TCP onread: N bytes
  3. the loop dispatches them          [app] GET /slow.fifo: handler starts ...
     to the handler
  4. the handler starts the file work  [pool] fs stat '.../slow.fifo' queued
     on the pool                       ... [pool] fs open '.../slow.fifo' queued
  5. meanwhile the loop serves B,      B's onconnection, onread, handler, its fs
     start to finish                   requests queued and done, its write
  6. A's completion comes back         poll    fs open '.../slow.fifo' done
     through the event queue
  7. the handler goes on: the read     poll    fs read done: N bytes
  8. the response goes out             [tcp]  write ...; [app] ... response closed

Bounded: every wait has a deadline, the whole run takes about a second.
"""
import http.client
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SERVER = os.path.join(REPO, "06-http", "examples", "file-server.js")
DEADLINE = 15  # seconds, for the whole run
SLOW_BODY = b"written into the FIFO after B was answered\n"

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


class Output:
    """The server's merged stdout and stderr, read line by line on a thread."""

    def __init__(self, stream):
        self.lines = []
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream):
        for raw in stream:
            with self.cond:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self.cond.notify_all()

    def wait_for(self, pattern, timeout):
        """The first line matching `pattern`, waiting up to `timeout` s."""
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                for line in self.lines:
                    if re.search(pattern, line):
                        return line
                left = end - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)


def get(port, path, results):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=DEADLINE)
        conn.request("GET", path)
        response = conn.getresponse()
        results[path] = (response.status, response.read())
        conn.close()
    except Exception as error:  # reported by the checks below
        results[path] = (None, repr(error).encode())


def index(lines, pattern, start=0):
    """The index of the first line at or after `start` matching `pattern`, or -1."""
    for i in range(start, len(lines)):
        if re.search(pattern, lines[i]):
            return i
    return -1


def check_other_answers(port, scratch):
    """404, 400, and no way out of the root: raw requests, byte-exact."""
    with open(os.path.join(scratch, "secret.txt"), "wb") as f:
        f.write(b"outside the root\n")
    cases = [
        (b"GET /missing.txt HTTP/1.1", 404),
        (b"GET /..%2Fsecret.txt HTTP/1.1", 404),  # normalized to /secret.txt, in the root
        (b"GET /%2e%2e/%2e%2e/secret.txt HTTP/1.1", 404),
        (b"GET ../secret.txt HTTP/1.1", 400),  # not a path: the parser refuses it, as Node's
        (b"GET http://x/../secret.txt HTTP/1.1", 404),  # absolute form: still in the root
        (b"GET /%zz HTTP/1.1", 400),
        (b"DELETE /hello.txt HTTP/1.1", 405),
    ]
    for line, status in cases:
        with socket.create_connection(("127.0.0.1", port), timeout=DEADLINE) as conn:
            conn.sendall(line + b"\r\nHost: x\r\nConnection: close\r\n\r\n")
            answer = b""
            while True:
                piece = conn.recv(65536)
                if not piece:
                    break
                answer += piece
        head = answer.split(b"\r\n", 1)[0].decode("latin-1")
        check(head.startswith(f"HTTP/1.1 {status} "), f"{line!r}: {head!r}, not {status}")
        check(b"outside the root" not in answer, f"{line!r} read a file outside the root")


def check_order(lines, root):
    fifo = re.escape(os.path.join(root, "slow.fifo"))
    hello = re.escape(os.path.join(root, "hello.txt"))
    steps = [
        ("1. A's connection arrives", r"poll +TCP onconnection"),
        ("2. A's bytes are read", r"poll +TCP onread: \d+ bytes"),
        ("3. the loop dispatches A to its handler", r"^\[app\] GET /slow\.fifo: handler starts"),
        ("4. A's handler queues its stat on the pool", rf"^\[pool\] fs stat '{fifo}' queued"),
        ("4. ... and, its stat done, the open", rf"^\[pool\] fs open '{fifo}' queued"),
        ("5. meanwhile B's connection arrives", r"poll +TCP onconnection"),
        ("5. B's bytes are read", r"poll +TCP onread: \d+ bytes"),
        ("5. B's handler starts", r"^\[app\] GET /hello\.txt: handler starts"),
        ("5. B's stat is queued", rf"^\[pool\] fs stat '{hello}' queued"),
        ("5. B's stat comes back", rf"poll +fs stat '{hello}' done"),
        ("5. B's file is read", r"poll +fs read done: \d+ bytes"),
        ("5. B's response goes out", r"^\[tcp\] +write \d+ bytes"),
        ("6. A's open comes back through the event queue (poll)", rf"poll +fs open '{fifo}' done"),
        ("7. A's handler reads the FIFO", rf"poll +fs read done: {len(SLOW_BODY)} bytes"),
        ("8. A's response goes out", r"^\[tcp\] +write \d+ bytes"),
        ("8. A's response is done", r"^\[app\] GET /slow\.fifo: 200, response closed"),
    ]
    at = 0
    for name, pattern in steps:
        found = index(lines, pattern, at)
        if not check(found >= 0, f"step {name!r} ({pattern}) not found after line {at + 1}"):
            return
        print(f"  line {found + 1:3}: {name}: {lines[found].strip()}")
        at = found + 1
    # Step 5 happened while A's open was on the pool: B's response closed
    # before A's open came back.
    b_closed = index(lines, r"^\[app\] GET /hello\.txt: 200, response closed")
    a_open_done = index(lines, rf"poll +fs open '{fifo}' done")
    check(0 <= b_closed < a_open_done,
          "B was not answered in full while A's open was on the pool")
    # Completions arrive in the poll phase, each under an iteration line.
    check(index(lines, r"^\[loop\] iteration \d+") >= 0, "no iteration lines")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    with tempfile.TemporaryDirectory() as scratch:
        root = os.path.join(scratch, "root")
        os.mkdir(root)
        with open(os.path.join(root, "hello.txt"), "wb") as f:
            f.write(b"hello from the pool\n")
        fifo = os.path.join(root, "slow.fifo")
        os.mkfifo(fifo)
        server = subprocess.Popen([binary, "--trace-loop", SERVER, "0", root], cwd=scratch,
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = Output(server.stdout)
        results = {}
        writer = None
        try:
            listening = out.wait_for(r"^listening on http://127\.0\.0\.1:(\d+)/", DEADLINE)
            if not check(listening is not None, "the server did not say where it listens"):
                return report(out.lines)
            port = int(re.search(r":(\d+)/", listening).group(1))

            # A: its open will block a worker on the FIFO.
            thread_a = threading.Thread(target=get, args=(port, "/slow.fifo", results))
            thread_a.start()
            if not check(out.wait_for(r"fs open '.*slow\.fifo' queued", DEADLINE),
                         "A's open was never queued"):
                return report(out.lines)

            # B, start to finish, while A waits.
            get(port, "/hello.txt", results)
            check(results["/hello.txt"] == (200, b"hello from the pool\n"),
                  f"B's answer: {results['/hello.txt']!r}")
            check(out.wait_for(r"GET /hello\.txt: 200, response closed", DEADLINE),
                  "B's response was not closed")

            # Now A's open can finish: a writer appears. Non-blocking, so that
            # it fails (ENXIO) rather than hangs while no reader is there yet.
            end = time.monotonic() + DEADLINE
            while writer is None and time.monotonic() < end:
                try:
                    writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:
                    time.sleep(0.02)
            if not check(writer is not None, "nobody opened the FIFO for reading"):
                return report(out.lines)
            os.write(writer, SLOW_BODY)
            os.close(writer)
            writer = None
            thread_a.join(DEADLINE)
            check(results.get("/slow.fifo") == (200, SLOW_BODY),
                  f"A's answer: {results.get('/slow.fifo')!r}")
            check(out.wait_for(r"GET /slow\.fifo: 200, response closed", DEADLINE),
                  "A's response was not closed")
            flow_lines = len(out.lines)
            check_other_answers(port, scratch)
        finally:
            if writer is not None:
                os.close(writer)
            server.terminate()
            try:
                server.wait(DEADLINE)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            out.thread.join(DEADLINE)
        check_order(out.lines[:flow_lines], root)
        return report(out.lines)


def report(lines):
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        print("--- the server's output ---")
        print("\n".join(lines))
        return 1
    print(f"the eight steps, in order, in {len(lines)} lines of trace")
    return 0


if __name__ == "__main__":
    sys.exit(main())
