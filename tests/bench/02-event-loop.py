#!/usr/bin/env python3
"""Stage 02 benchmarks: the event loop against Node 20, whole processes.

Each case is a small script run with -e by both runtimes (see compare.py for
how runs are measured and why). Every script prints one line that proves the
work was done; the warm-up run checks it.

  1M chained setImmediate    each immediate schedules the next: one loop
                             iteration per hop (check phase, poll with no wait)
  1M chained await           one async function awaiting a resolved value a
                             million times: V8's microtask queue, one drain
  100k setTimeout(fn, 0)     scheduled at once, all fired: one list, one uv timer
  create + clear 1M timers   setTimeout then clearTimeout, a million times
  100k live timers           100,000 timers of 1,000 different durations alive
                             at once, then cleared: peak RSS is the figure
  chained setTimeout(0)      reported only: each hop waits for the 1 ms minimum
                             delay, so every runtime takes about 1.1 ms per hop

Run:  python3 tests/bench/02-event-loop.py --build build [--runs 20]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

CHAINED_IMMEDIATES = """
let hops = 0;
function hop() { if (++hops < 1e6) setImmediate(hop); else console.log(hops); }
setImmediate(hop);
"""

CHAINED_AWAITS = """
(async () => {
  let n = 0;
  for (let i = 0; i < 1e6; i++) n += await i;
  console.log(n);
})();
"""

MANY_TIMEOUTS = """
let fired = 0;
for (let i = 0; i < 1e5; i++) setTimeout(() => { if (++fired === 1e5) console.log(fired); }, 0);
"""

CREATE_AND_CLEAR = """
let cleared = 0;
for (let i = 0; i < 1e6; i++) { clearTimeout(setTimeout(() => {}, 1000)); cleared++; }
console.log(cleared);
"""

LIVE_TIMERS = """
const timers = [];
for (let i = 0; i < 1e5; i++) timers.push(setTimeout(() => {}, 1000 + (i % 1000)));
setTimeout(() => { for (const t of timers) clearTimeout(t); console.log(timers.length); }, 5);
"""

CHAINED_TIMEOUTS = """
let hops = 0;
function hop() { if (++hops < 200) setTimeout(hop, 0); else console.log(hops); }
setTimeout(hop, 0);
"""

# (title, script, what it prints)
CASES = [
    ("1M chained setImmediate", CHAINED_IMMEDIATES, "1000000\n"),
    ("1M chained await", CHAINED_AWAITS, "499999500000\n"),
    ("100k setTimeout(fn, 0) at once, all fired", MANY_TIMEOUTS, "100000\n"),
    ("create and clear 1M timers", CREATE_AND_CLEAR, "1000000\n"),
    ("100k timers alive at once (compare peak RSS)", LIVE_TIMERS, "100000\n"),
    ("200 chained setTimeout(0) (reported only: bound by the 1 ms minimum delay)",
     CHAINED_TIMEOUTS, "200\n"),
]


def make_cases(stage, node):
    return [
        compare.Case(title=title,
                     commands=[compare.Command("02-event-loop", [stage, "-e", source],
                                               expect_stdout=expected),
                               compare.Command("node", [node, "-e", source],
                                               expect_stdout=expected)],
                     baseline="node")
        for title, source, expected in CASES
    ]


def main():
    args, stage = compare.stage_arguments(
        "02-event-loop", "Stage 02 (the event loop) against Node 20, whole processes.")
    return compare.run_cases(make_cases(stage, args.node), runs=args.runs, warmup=args.warmup,
                             only=args.only)


if __name__ == "__main__":
    sys.exit(main())
