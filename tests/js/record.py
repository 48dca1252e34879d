#!/usr/bin/env python3
"""Records what Node 20 does with every script in tests/js, or checks the record.

    python3 tests/js/record.py              record every script
    python3 tests/js/record.py a.js b.js    record these scripts
    python3 tests/js/record.py --check      re-run Node and fail if the record is stale

The record is the expected output of the script tests (see harness.py);
--check runs in the test suite so that the record cannot drift from Node.
"""

import argparse
import os
import shutil
import sys

import harness


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scripts", nargs="*", help="scripts to record (default: all)")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--node", default=shutil.which("node") or "node")
    args = parser.parse_args()

    scripts = [os.path.abspath(s) for s in args.scripts] or harness.all_scripts()
    stale = 0
    for script in scripts:
        observed = harness.observe([args.node], script)
        if args.check:
            recorded = harness.read_record(script)
            if observed != recorded:
                stale += 1
                print(f"STALE {os.path.relpath(script, harness.HERE)}")
                print(harness.describe_difference(recorded, observed))
        else:
            harness.write_record(script, *observed)
            print(f"recorded {os.path.relpath(script, harness.HERE)} (exit {observed[0]})")
    if args.check:
        print(f"{len(scripts) - stale} passed, {stale} failed")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
