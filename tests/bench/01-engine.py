#!/usr/bin/env python3
"""Stage 01 benchmarks: bare V8 + console, against Node 20 and the start-up floor.

Three cases, each a whole process from spawn to exit (see compare.py for how
they are measured and why):

  start-up      `01-engine -e ""` vs `node -e ""`: the cost of an empty
                script, i.e. of starting a runtime and tearing it down.
  hello world   scripts/hello.js on both: start-up plus compiling a script
                from a file and one console.log.
  CPU-bound     scripts/cpu.js on both (about 200 ms on Node): string, array,
                Map, JSON and RegExp work, so the ratio measures the engine
                and not only start-up. Stage 01 links Node 18's V8 (10.2),
                Node 20 has V8 11.3: differences here are mostly the engine's.

The two start-up cases also run the floor (bin/empty-libnode, an empty
program linked with libnode): "01-engine / floor" shows how much of our
start-up is ours, above what loading libnode costs any program.

Run:  python3 tests/bench/01-engine.py --build build [--runs 20]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, "scripts")
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

# What scripts/cpu.js prints: every runtime must have done the same work.
CPU_CHECKSUM = "708434010\n"


def script(name):
    return os.path.join(SCRIPTS, name)


def make_cases(engine, node, floor):
    """The stage-01 cases, given the three programs to run."""
    floor_command = compare.Command("floor", [floor], optional=True)
    return [
        compare.Case(
            title='start-up: an empty script (-e "")',
            commands=[compare.Command("01-engine", [engine, "-e", ""], expect_stdout=""),
                      compare.Command("node", [node, "-e", ""], expect_stdout=""),
                      floor_command],
            baseline="node", reference="floor"),
        compare.Case(
            title="hello world: scripts/hello.js",
            commands=[compare.Command("01-engine", [engine, script("hello.js")],
                                      expect_stdout="hello world\n"),
                      compare.Command("node", [node, script("hello.js")],
                                      expect_stdout="hello world\n"),
                      floor_command],
            baseline="node", reference="floor"),
        compare.Case(
            title="CPU-bound: scripts/cpu.js (strings, arrays, Map, JSON, RegExp)",
            commands=[compare.Command("01-engine", [engine, script("cpu.js")],
                                      expect_stdout=CPU_CHECKSUM),
                      compare.Command("node", [node, script("cpu.js")],
                                      expect_stdout=CPU_CHECKSUM)],
            baseline="node"),
    ]


def main():
    args, engine = compare.stage_arguments("01-engine",
                                           "Stage 01 (bare V8) against Node 20, whole processes.")
    floor = os.path.join(os.path.dirname(engine), "empty-libnode")
    return compare.run_cases(make_cases(engine, args.node, floor),
                             runs=args.runs, warmup=args.warmup, only=args.only)


if __name__ == "__main__":
    sys.exit(main())
