#!/usr/bin/env python3
"""Stage 05 child_process benchmarks against Node 20, whole processes.

Each case is a small script run by both runtimes (see compare.py for how runs
are measured). Every script prints one line that proves the work was done.

  spawn('true') x 1,000      one after another, each waited for ('close'):
                             uv_spawn (fork + exec), the pipes, SIGCHLD, the
                             exit callback, the stdio sockets closing
  spawnSync('true') x 1,000  the same through the spawn_sync binding: a private
                             loop per child, no JavaScript events
  fork round trip x 1        start a child of the same runtime, send one
                             message, get one back, disconnect: start-up of a
                             whole runtime plus the IPC channel

Run:  python3 tests/bench/05-child-process.py --build build [--runs 10]
"""

import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

SPAWNS = 1000

SPAWN = """
const { spawn } = require('child_process');
let done = 0;
(function next() {
  if (done === %d) { console.log(done); return; }
  spawn('true').on('close', (code) => { if (code === 0) done++; next(); });
})();
""" % SPAWNS

SPAWN_SYNC = """
const { spawnSync } = require('child_process');
let done = 0;
for (let i = 0; i < %d; i++) if (spawnSync('true').status === 0) done++;
console.log(done);
""" % SPAWNS

FORK = """
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => { process.send(m + 1); process.disconnect(); });
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => console.log(m));
  child.send(41);
}
"""


def make_cases(stage, node, folder):
    def pair(title, name, source, expect):
        filename = os.path.join(folder, name)
        with open(filename, "w", encoding="utf-8") as f:
            f.write(source)
        return compare.Case(title=title,
                            commands=[compare.Command("05-modules", [stage, filename],
                                                      expect_stdout=expect),
                                      compare.Command("node", [node, filename],
                                                      expect_stdout=expect)],
                            baseline="node")

    return [
        pair(f"spawn('true') x {SPAWNS:,}, in sequence", "spawn.js", SPAWN, f"{SPAWNS}\n"),
        pair(f"spawnSync('true') x {SPAWNS:,}", "spawn-sync.js", SPAWN_SYNC, f"{SPAWNS}\n"),
        pair("fork, one message each way, disconnect", "fork.js", FORK, "42\n"),
    ]


def main():
    args, stage = compare.stage_arguments(
        "05-modules", "Stage 05 child_process against Node 20, whole processes.")
    folder = tempfile.mkdtemp(prefix="bench-05-child-process-")
    try:
        return compare.run_cases(make_cases(stage, args.node, folder), runs=args.runs,
                                 warmup=args.warmup, only=args.only)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
