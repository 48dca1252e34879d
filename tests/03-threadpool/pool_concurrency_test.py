#!/usr/bin/env python3
"""UV_THREADPOOL_SIZE, observed: how many jobs run at once, read from --trace-loop.

    python3 tests/03-threadpool/pool_concurrency_test.py build/bin/03-threadpool

Each run queues six PBKDF2 jobs at once under a given UV_THREADPOOL_SIZE and
traces them. The worker threads print "worker N starts job J" and "worker N
finished job J" themselves, one line at a time, so the trace is the real
order of events; counting the jobs started and not yet finished gives the
most that ran at the same time. The checks are about that count and the
worker numbers, never about time:

  size 1   one job at a time, all on worker 1: the pool serialises
  size 2   never more than two at once, and two at once at some point
  size 4   never more than four at once, and more than one at some point

It also checks that every job is queued, started, finished and delivered
(in the poll phase) exactly once, and that the loop thread ran the callbacks
in the order the jobs finished.
"""

import os
import re
import subprocess
import sys

SCRIPT = """
const crypto = require('crypto');
for (let i = 1; i <= 6; i++) {
  crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', () => console.log('callback ' + i));
}
"""
JOBS = 6


def run(program, size):
    env = dict(os.environ, UV_THREADPOOL_SIZE=str(size))
    done = subprocess.run([program, "--trace-loop", "-e", SCRIPT], env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise AssertionError(f"size {size}: exit code {done.returncode}\n{done.stderr}")
    return done.stdout, done.stderr


def analyse(trace):
    """Max simultaneous jobs, the workers seen, and per-job event counts."""
    running, most = set(), 0
    workers = set()
    events = {"queued": {}, "starts": {}, "finished": {}, "done": {}}
    finish_order = []
    for line in trace.splitlines():
        if m := re.match(r"\[pool\] job (\d+) queued: ", line):
            events["queued"][m[1]] = events["queued"].get(m[1], 0) + 1
        elif m := re.match(r"\[pool\]   worker (\d+) starts job (\d+): ", line):
            workers.add(int(m[1]))
            running.add(m[2])
            most = max(most, len(running))
            events["starts"][m[2]] = events["starts"].get(m[2], 0) + 1
        elif m := re.match(r"\[pool\]   worker (\d+) finished job (\d+) in ", line):
            running.discard(m[2])
            events["finished"][m[2]] = events["finished"].get(m[2], 0) + 1
        elif m := re.match(r"\[loop\]   poll    job (\d+) done: ", line):
            events["done"][m[1]] = events["done"].get(m[1], 0) + 1
            finish_order.append(int(m[1]))
    return most, workers, events, finish_order


def check(program, size, expect_most):
    stdout, trace = run(program, size)
    most, workers, events, delivered = analyse(trace)
    for kind, counts in events.items():
        assert sorted(counts) == sorted(str(j) for j in range(1, JOBS + 1)), \
            f"size {size}: jobs {kind}: {counts}"
        assert set(counts.values()) == {1}, f"size {size}: a job {kind} twice: {counts}"
    assert workers <= set(range(1, size + 1)), f"size {size}: workers {sorted(workers)}"
    assert expect_most(most), f"size {size}: {most} jobs ran at once"
    # Each callback prints its job's number: the order of the callbacks is
    # the order of the deliveries in the trace.
    printed = [int(line.split()[1]) for line in stdout.splitlines()]
    assert printed == delivered, f"size {size}: callbacks {printed}, deliveries {delivered}"
    print(f"size {size}: at most {most} at once, workers {sorted(workers)}, "
          f"callbacks in order {printed}")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    program = sys.argv[1]
    check(program, 1, lambda most: most == 1)
    check(program, 2, lambda most: most == 2)
    check(program, 4, lambda most: 2 <= most <= 4)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
