#!/usr/bin/env python3
"""Runs Node-style tests (tests/node/parallel/test-*.js) on a runtime.

    python3 tests/node/run.py build/bin/05-modules tests/node/parallel/test-events-once.js
    python3 tests/node/run.py --node node                   every test, on Node

A test passes when it exits with code 0 (tests/node/common/index.js makes a
test fail at exit when a mustCall function was not called as often as it
said). Every test must pass on Node too: the `node-style-node` ctest runs
them all on Node, so that a test cannot assert something Node does not do.
"""
import argparse
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tls"))
from certs import certificates_for  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 60


def run(runtime, test):
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.pop("NODE_EXTRA_CA_CERTS", None)
    env["NO_COLOR"] = "1"
    flags = []
    with open(test, encoding="utf-8") as source:
        for line in source.read().splitlines()[:5]:
            if line.startswith("// Flags:"):
                flags = line[len("// Flags:"):].split()
    try:
        with certificates_for(test, env):  # test-tls-*, test-https-*: $TLS_CERTS
            completed = subprocess.run([runtime, *flags, test], cwd=os.path.dirname(test),
                                       capture_output=True, timeout=TIMEOUT_SECONDS, env=env,
                                       stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return False, f"timed out after {TIMEOUT_SECONDS} s"
    output = (completed.stdout + completed.stderr).decode("utf-8", "replace")
    return completed.returncode == 0, f"exit code {completed.returncode}\n{output}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runtime", nargs="?", help="the program to run the tests with")
    parser.add_argument("tests", nargs="*", help="test files (default: all)")
    parser.add_argument("--node", help="run every test on this Node instead")
    args = parser.parse_args()
    runtime = args.node or args.runtime
    if args.node and args.runtime:  # with --node, the first positional is a test
        args.tests.insert(0, args.runtime)
    if not runtime:
        parser.error("name a runtime, or --node")
    if os.sep in runtime:
        runtime = os.path.abspath(runtime)
    tests = args.tests or sorted(glob.glob(os.path.join(HERE, "parallel", "test-*.js")))
    failures = 0
    for test in tests:
        ok, detail = run(runtime, os.path.abspath(test))
        if not ok:
            failures += 1
            print(f"FAIL {os.path.relpath(test, HERE)}: {detail}")
    print(f"{len(tests) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
