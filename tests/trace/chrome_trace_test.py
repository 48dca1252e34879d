#!/usr/bin/env python3
"""--trace-loop=chrome:FILE, checked from a real run.

    chrome_trace_test.py BUILD/bin/03-threadpool [--devtools PACKAGE_DIR]

Runs a small program (a timer whose callback settles a promise, an
immediate that queues a nextTick; from stage 03 a file read on the pool;
from 05 a worker thread. Stage 05's fs runs on 04's fs binding, whose
uv_fs requests the trace does not show yet, so pool slices are checked in
03 and 04 only) and checks the trace it wrote by the trace event
format's rules: every event has its fields, timestamps never go back, each
track's "B" and "E" events pair up like brackets, and the slices tell the
program's story: iterations holding phases holding the callbacks, drains
with their counts, pool jobs on a worker's track that end before their
completion runs on the loop.

With --devtools (the folder of the npm package devtools-timeline-model,
which scripts/bootstrap.sh installs), the file is also loaded by Chrome
DevTools' own trace importer (devtools_import.js): it must read it without
a complaint and find the same slices on the same tracks. Without the
package that part is skipped, and said so.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

PROGRAM = {
    2: """
setTimeout(function onTimeout() { Promise.resolve().then(() => {}); }, 1);
setImmediate(function onImmediate() { process.nextTick(() => {}); });
""",
    3: """
require('fs').readFile(process.argv[1], function onRead() {});
""",
    5: """
new (require('worker_threads').Worker)('setTimeout(() => {}, 1);', { eval: true });
""",
}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def read_slices(events):
    """Pairs each track's B/E events; checks the format's rules on the way."""
    open_by_track, slices, names = {}, [], {}
    last_ts = None
    for index, event in enumerate(events):
        where = f"event {index} {json.dumps(event)[:120]}"
        ph = event.get("ph")
        check(ph in ("B", "E", "i", "M"), f"{where}: unexpected phase")
        check(isinstance(event.get("pid"), int) and isinstance(event.get("tid"), int),
              f"{where}: pid and tid must be integers")
        check(event.get("cat") in ("loop", "pool"), f"{where}: no category")
        check(isinstance(event.get("args"), dict), f"{where}: no args object")
        track = event.get("tid")
        if ph == "M":
            if event.get("name") == "thread_name":
                names[track] = event["args"]["name"]
            continue
        ts = event.get("ts")
        if not check(isinstance(ts, (int, float)), f"{where}: no timestamp"):
            continue
        check(last_ts is None or ts >= last_ts, f"{where}: timestamp goes back")
        last_ts = ts
        stack = open_by_track.setdefault(track, [])
        if ph == "B":
            stack.append(dict(name=event["name"], track=track, start=ts, depth=len(stack),
                              args=dict(event["args"])))
        elif ph == "E":
            if check(stack, f"{where}: 'E' with no open slice on track {track}"):
                done = stack.pop()
                check(event.get("name") == done["name"],
                      f"{where}: closes '{done['name']}' under another name")
                done["end"] = ts
                done["args"].update(event["args"])
                slices.append(done)
    for track, stack in open_by_track.items():
        check(not stack, f"track {track}: slices never closed: {[s['name'] for s in stack]}")
    for track in open_by_track:
        check(track in names, f"track {track} has no thread_name")
    return slices, names


def inside(inner, outer):
    return (inner["track"] == outer["track"] and outer["start"] <= inner["start"]
            and inner["end"] <= outer["end"] and inner["depth"] > outer["depth"])


def check_story(slices, names, stage):
    main = [s for s in slices if s["track"] == 1]
    named = lambda prefix: [s for s in main if s["name"].startswith(prefix)]
    check(names.get(1) == "event loop (main thread)", "track 1 is not the main thread's loop")
    check(named("main script"), "no 'main script' slice")
    iterations = [s for s in named("iteration ") if s["depth"] == 0]
    check(iterations, "no iteration slices at depth 0")
    for phase, callback in (("timers", "Timeout 1 ms -> onTimeout"),
                            ("check", "Immediate -> onImmediate")):
        phases = [s for s in named(phase) if s["depth"] == 1]
        if not check(phases, f"no '{phase}' phase slice at depth 1"):
            continue
        check(all(any(inside(p, i) for i in iterations) for p in phases),
              f"a '{phase}' slice is outside every iteration")
        calls = named(callback)
        check(calls and all(any(inside(c, p) for p in phases) for c in calls),
              f"'{callback}' is not a slice inside a '{phase}' slice")
    drains = named("drain")
    check(any(d["args"].get("microtasks", 0) >= 1 for d in drains),
          "no drain slice that ran the timer's microtask")
    check(any(d["args"].get("nextTicks", 0) >= 1 for d in drains),
          "no drain slice that ran the immediate's nextTick")
    check(named("poll"), "no poll phase slice")
    if stage in (3, 4):
        jobs = [s for s in slices if s["track"] > 100 and s["name"].startswith("job ")]
        if check(jobs, "no pool job slice on a worker's track"):
            check(names.get(jobs[0]["track"], "").startswith("pool worker "),
                  "a pool track is not named 'pool worker N'")
            number = jobs[0]["name"].split(":")[0]  # "job 1"
            delivered = named(number + " done:")
            polls = [s for s in named("poll")]
            check(delivered and any(inside(delivered[0], p) for p in polls),
                  f"'{number} done' is not a callback slice inside a poll phase")
            check(delivered and jobs[0]["end"] <= delivered[0]["start"],
                  f"{number} is delivered before its worker finished it")
    if stage >= 5:
        worker_loops = [t for t, n in names.items() if n.startswith("event loop (worker")]
        check(worker_loops and any(s["track"] in worker_loops and s["name"].startswith("iteration")
                                   for s in slices),
              "the worker thread's loop has no iterations on a track of its own")


def check_devtools(package, trace_path, slices):
    result = subprocess.run(
        ["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "devtools_import.js"),
         package, trace_path], capture_output=True, text=True, timeout=60)
    if not check(result.returncode == 0, f"DevTools' importer failed: {result.stderr[-2000:]}"):
        return
    imported = json.loads(result.stdout)
    check(not imported["errors"], f"DevTools' importer complained: {imported['errors'][:5]}")
    by_track = {t["tid"]: t for t in imported["threads"]}
    for track in sorted({s["track"] for s in slices}):
        ours = sorted(s["name"] for s in slices if s["track"] == track)
        theirs = sorted(s["name"] for s in by_track.get(track, {}).get("slices", []))
        check(ours == theirs, f"track {track}: DevTools found {len(theirs)} slices, "
                              f"the file has {len(ours)}")
    print(f"DevTools' importer: {len(imported['threads'])} threads, "
          f"{sum(len(t['slices']) for t in imported['threads'])} slices, no complaint")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--devtools", help="folder of the npm package devtools-timeline-model")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    stage = int(os.path.basename(args.binary)[:2])
    source = "".join(text for first, text in sorted(PROGRAM.items()) if first <= stage)

    with tempfile.TemporaryDirectory() as scratch:
        script = os.path.join(scratch, "program.js")
        trace_path = os.path.join(scratch, "trace.json")
        with open(script, "w") as f:
            f.write(source)
        run = subprocess.run([args.binary, "--trace-loop=chrome:" + trace_path, script],
                             capture_output=True, text=True, timeout=60, cwd=scratch)
        check(run.returncode == 0, f"exit code {run.returncode}: {run.stderr}")
        check("[loop]" not in run.stderr, "the text trace was printed too")
        with open(trace_path) as f:
            events = json.load(f)
        slices, names = read_slices(events)
        check_story(slices, names, stage)
        print(f"{len(events)} events, {len(slices)} slices on {len(names)} tracks")
        if args.devtools and os.path.isdir(args.devtools) and shutil.which("node"):
            check_devtools(args.devtools, trace_path, slices)
        else:
            print("DevTools' importer not installed (scripts/bootstrap.sh): that part skipped")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
