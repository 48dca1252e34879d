#!/usr/bin/env python3
"""Sends each raw request of cases.py to server.js and compares the answers with Node's.

    python3 tests/http/raw_requests.py build/bin/06-http      check a runtime
    python3 tests/http/raw_requests.py --record [--node node]  record Node's answers

Each request goes byte-exact over a fresh TCP connection; the answer is read
until the server closes the connection or stays silent for a moment. What is
compared: every byte of the answer except the Date header's value, and
whether the connection was closed. expected.json holds Node 20's answers;
it is written only by --record, never by hand.
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

EXPECTED = os.path.join(HERE, "expected.json")
IDLE_SECONDS = 0.5  # silence after which a connection counts as left open


def start_server(runtime):
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.pop("NODE_EXTRA_CA_CERTS", None)
    process = subprocess.Popen(runtime + ["server.js"], cwd=HERE, stdout=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env=env)
    port = int(process.stdout.readline())
    return process, port


def exchange(port, request):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(request)
        conn.settimeout(IDLE_SECONDS)
        received = b""
        closed = False
        while True:
            try:
                data = conn.recv(65536)
            except socket.timeout:
                break
            except ConnectionResetError:
                closed = True
                break
            if not data:
                closed = True
                break
            received += data
    text = received.decode("latin-1")
    text = re.sub(r"(?m)^Date: [^\r\n]*\r$", "Date: <date>\r", text)
    return {"response": text, "closed": closed}


def run_all(runtime):
    process, port = start_server(runtime)
    try:
        return {name: exchange(port, request) for name, request in CASES}
    finally:
        process.kill()
        process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runtime", nargs="*", help="the program (and its options) to check")
    parser.add_argument("--record", action="store_true", help="record Node's answers")
    parser.add_argument("--node", default="node", help="the Node to record with")
    args = parser.parse_args()
    if args.record:
        answers = run_all([args.node])
        with open(EXPECTED, "w", encoding="utf-8") as out:
            json.dump(answers, out, indent=1, sort_keys=True)
            out.write("\n")
        print(f"recorded {len(answers)} answers from {args.node}")
        return 0
    if not args.runtime:
        parser.error("name a runtime, or --record")
    runtime = list(args.runtime)
    if os.sep in runtime[0]:
        runtime[0] = os.path.abspath(runtime[0])
    with open(EXPECTED, encoding="utf-8") as source:
        expected = json.load(source)
    answers = run_all(runtime)
    failures = 0
    for name, _ in CASES:
        if answers[name] != expected.get(name):
            failures += 1
            print(f"FAIL {name}\n  expected {json.dumps(expected.get(name))}\n"
                  f"  got      {json.dumps(answers[name])}")
    print(f"{len(CASES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
