#!/usr/bin/env python3
"""Records what Node 20 does with every script in tests/js, or checks the record.

    python3 tests/js/record.py                   record every script
    python3 tests/js/record.py a.js b.js         record these scripts
    python3 tests/js/record.py --check           re-run Node once and fail if the record is stale
    python3 tests/js/record.py --determinism     only check that Node's output is steady

The record is the expected output of the script tests (see harness.py);
--check runs in the test suite so that the record cannot drift from Node.

A record is only worth keeping if Node prints the same thing every time:
otherwise --check, and the stages' tests, fail at random. So recording first
runs each script several times (--runs, 6 by default): half of the runs
"quiet", with nothing added to what the machine is doing, half "busy",
beside CPU-bound processes, one per core, that this script starts and kills
(timers fire late, threads and V8's tasks are scheduled differently). A script whose exit code, stdout or normalised
stderr differs between runs is not recorded; it is reported with the
difference, and the script must be rewritten so that what it prints does not
depend on timing. --determinism does the same without writing anything.
Scripts run in parallel (--jobs); each makes its temporary files under
unique names, so they do not get in each other's way.
"""

import argparse
import concurrent.futures
import contextlib
import os
import shutil
import subprocess
import sys
import time

import harness

DEFAULT_RUNS = 6
# A diff longer than this is cut: its beginning says enough.
MAX_DIFF_LINES = 40


def name_of(script):
    return os.path.relpath(script, harness.HERE)


def observe_once(node, script):
    """One run under Node, as harness.observe() gives it; a run that hangs
    counts as an outcome of its own rather than ending the whole check."""
    try:
        return harness.observe([node], script)
    except subprocess.TimeoutExpired:
        return ("timeout", "", f"no exit after {harness.TIMEOUT_SECONDS} s\n")


@contextlib.contextmanager
def busy_machine():
    """Keeps every core busy with a CPU-bound process while the block runs.

    The processes are this script's own children, killed (by their Popen
    objects, never by name) when the block ends, however it ends.
    """
    burners = []
    try:
        for _ in range(os.cpu_count() or 1):
            burners.append(subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                            stdin=subprocess.DEVNULL))
        yield
    finally:
        for burner in burners:
            burner.kill()
        for burner in burners:
            burner.wait()


def run_many(node, scripts, times, jobs):
    """Runs every script `times` times, `jobs` runs at a time.

    Returns {script: [outcome, ...]} with the outcomes in the order of the runs.
    """
    results = {script: [None] * times for script in scripts}
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
    try:
        # Run by run, so that the runs of one script are spread out in time.
        futures = {pool.submit(observe_once, node, script): (script, run)
                   for run in range(times) for script in scripts}
        for future in concurrent.futures.as_completed(futures):
            script, run = futures[future]
            results[script][run] = future.result()
    finally:
        # After Ctrl-C, the runs not yet started are dropped rather than waited for.
        pool.shutdown(cancel_futures=True)
    return results


def observe_repeatedly(node, scripts, runs, jobs):
    """Runs each script `runs` times: the first half quiet, the rest beside
    CPU burners. Returns {script: [(condition, outcome), ...]}."""
    quiet_runs = runs - runs // 2
    busy_runs = runs // 2
    outcomes = {script: [] for script in scripts}
    for condition, times in (("quiet", quiet_runs), ("busy", busy_runs)):
        if times == 0:
            continue
        started = time.monotonic()
        context = busy_machine() if condition == "busy" else contextlib.nullcontext()
        with context:
            results = run_many(node, scripts, times, jobs)
        for script in scripts:
            outcomes[script] += [(condition, outcome) for outcome in results[script]]
        if len(scripts) > 1:
            print(f"{condition}: {times} run(s) of {len(scripts)} scripts "
                  f"in {time.monotonic() - started:.1f} s", flush=True)
    return outcomes


def describe_variation(runs):
    """How the runs of one script differ: which outcome came how often and
    under which condition, then each rarer outcome diffed against the first."""
    distinct = []  # [outcome, [conditions]], most frequent first
    for condition, outcome in runs:
        for entry in distinct:
            if entry[0] == outcome:
                entry[1].append(condition)
                break
        else:
            distinct.append([outcome, [condition]])
    distinct.sort(key=lambda entry: -len(entry[1]))
    lines = []
    for number, (_, conditions) in enumerate(distinct, 1):
        counts = ", ".join(f"{conditions.count(c)} {c}" for c in ("quiet", "busy")
                           if c in conditions)
        lines.append(f"  output {number}: {len(conditions)} of {len(runs)} runs ({counts})")
    for number, (outcome, _) in enumerate(distinct[1:], 2):
        diff = harness.describe_difference(distinct[0][0], outcome,
                                           ("output 1", f"output {number}")).splitlines()
        if len(diff) > MAX_DIFF_LINES:
            diff = diff[:MAX_DIFF_LINES] + [f"... ({len(diff) - MAX_DIFF_LINES} more lines)"]
        lines += ["    " + line for line in diff]
    return "\n".join(lines)


def check_record(node, scripts):
    """--check: one run of each script, compared with its record."""
    stale = 0
    for script in scripts:
        observed = harness.observe([node], script)
        recorded = harness.read_record(script)
        if observed != recorded:
            stale += 1
            print(f"STALE {name_of(script)}")
            print(harness.describe_difference(recorded, observed))
    print(f"{len(scripts) - stale} passed, {stale} failed")
    return 1 if stale else 0


def record(node, scripts, runs, jobs, write):
    """Runs each script `runs` times; records it (if `write`) when every run
    printed the same, reports it otherwise."""
    started = time.monotonic()
    outcomes = observe_repeatedly(node, scripts, runs, jobs)
    varying = 0
    for script in scripts:
        distinct = {outcome for _, outcome in outcomes[script]}
        if len(distinct) > 1:
            varying += 1
            print(f"VARIES {name_of(script)}: not recorded, Node's output differs between runs")
            print(describe_variation(outcomes[script]))
            continue
        (outcome,) = distinct
        if write:
            harness.write_record(script, *outcome)
            print(f"recorded {name_of(script)} (exit {outcome[0]})")
    print(f"{len(scripts) - varying} steady, {varying} varying, "
          f"{runs} run(s) each, in {time.monotonic() - started:.1f} s")
    return 1 if varying else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scripts", nargs="*", help="scripts to record (default: all)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="compare one run with the record instead of writing")
    mode.add_argument("--determinism", action="store_true",
                      help="run each script --runs times and report those whose output varies;"
                           " write nothing")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                        help=f"runs of each script when recording (default {DEFAULT_RUNS}:"
                             " half quiet, half beside CPU burners); 1 skips the check")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="runs at a time (default: the number of cores)")
    parser.add_argument("--node", default=shutil.which("node") or "node")
    args = parser.parse_args()
    if args.runs < 1 or args.jobs < 1:
        parser.error("--runs and --jobs must be at least 1")

    scripts = [os.path.abspath(s) for s in args.scripts] or harness.all_scripts()
    if args.check:
        return check_record(args.node, scripts)
    return record(args.node, scripts, args.runs, args.jobs, write=not args.determinism)


if __name__ == "__main__":
    sys.exit(main())
