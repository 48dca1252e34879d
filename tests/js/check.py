#!/usr/bin/env python3
"""Runs one script on one stage and compares it with Node's record.

    python3 tests/js/check.py build/bin/01-engine tests/js/01-engine/hello.js

Exit 0 when exit code, stdout and (normalised) stderr all match the record.
"""

import os
import sys

import harness


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    runtime, script = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    expected = harness.read_record(script)
    actual = harness.observe([runtime], script)
    if actual == expected:
        return 0
    print(f"{os.path.basename(runtime)} differs from Node on {script}:")
    print(harness.describe_difference(expected, actual))
    return 1


if __name__ == "__main__":
    sys.exit(main())
