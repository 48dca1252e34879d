#!/usr/bin/env python3
"""Stage 05 benchmarks: worker_threads against Node 20, whole processes.

Each case is a small script run by both runtimes (see compare.py for how runs
are measured and why). Every script prints one line that proves the work was
done; the warm-up run checks it. The process start-up is part of each time,
so each case repeats its work enough to outweigh it (05-modules.py measures
start-up alone).

  worker start-up     20 workers, one after another, each until its first
                      message reaches the parent: a thread, an isolate, a
                      loop and the whole bootstrap, then a port's uv_async_t
  round trips         20,000 ping-pongs of a small object with one worker:
                      the latency of postMessage, both ways
  throughput          200,000 small objects to a worker, which counts them
                      and answers once: serialization, the queue, wake-ups
  1 MiB buffers       2,000 round trips of a 1 MiB ArrayBuffer, transferred
                      each way (moved, never copied)
  CPU-bound           the same total work (a numeric loop) in 1 worker and
                      split over 4 workers: on a 2-core machine 4 workers
                      approach half the time of 1

Run:  python3 tests/bench/05-worker.py --build build [--runs 10]
"""

import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

STARTUP = """
const { Worker } = require('worker_threads');
let started = 0;
(function next() {
  const worker = new Worker("require('worker_threads').parentPort.postMessage('up')",
                            { eval: true });
  worker.once('message', () => {
    started++;
    worker.terminate().then(() => (started < 20 ? next() : console.log(started)));
  });
})();
"""

ROUND_TRIPS = """
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage({ n: m.n + 1, tag: m.tag }));
`, { eval: true });
let last = 0;
worker.on('message', (m) => {
  last = m.n;
  if (m.n < 20000) worker.postMessage({ n: m.n, tag: 'ping' });
  else { console.log(last); worker.terminate(); }
});
worker.postMessage({ n: 0, tag: 'ping' });
"""

THROUGHPUT = """
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  let count = 0;
  let sum = 0;
  parentPort.on('message', (m) => {
    count++;
    sum += m.i;
    if (count === 200000) { parentPort.postMessage(sum); parentPort.close(); }
  });
`, { eval: true });
worker.on('message', (sum) => console.log(sum));
for (let i = 0; i < 200000; i++) worker.postMessage({ i, name: 'item', ok: true });
"""

BUFFERS = """
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (buffer) => {
    new Uint8Array(buffer)[0]++;
    parentPort.postMessage(buffer, [buffer]);
  });
`, { eval: true });
let trips = 0;
worker.on('message', (buffer) => {
  trips++;
  if (trips < 2000) worker.postMessage(buffer, [buffer]);
  else { console.log(trips, new Uint8Array(buffer)[0], buffer.byteLength); worker.terminate(); }
});
const first = new ArrayBuffer(1024 * 1024);
worker.postMessage(first, [first]);
"""

CPU = """
const {{ Worker }} = require('worker_threads');
const WORKERS = {workers};
const TOTAL = 400000000;
let done = 0;
let total = 0;
for (let w = 0; w < WORKERS; w++) {{
  const worker = new Worker(`
    const {{ parentPort, workerData }} = require('worker_threads');
    let x = 0;
    for (let i = 0; i < workerData; i++) x = (x + i * 7) % 1000003;
    parentPort.postMessage(workerData);
  `, {{ eval: true, workerData: TOTAL / WORKERS }});
  worker.on('message', (n) => {{
    total += n;
    if (++done === WORKERS) console.log(total);
  }});
}}
"""


def make_cases(stage, node, folder):
    def script(name, source):
        filename = os.path.join(folder, name)
        with open(filename, "w", encoding="utf-8") as f:
            f.write(source)
        return filename

    def pair(title, filename, expect):
        return compare.Case(title=title,
                            commands=[compare.Command("05-modules", [stage, filename],
                                                      expect_stdout=expect),
                                      compare.Command("node", [node, filename],
                                                      expect_stdout=expect)],
                            baseline="node")

    one = script("cpu-1.js", CPU.format(workers=1))
    four = script("cpu-4.js", CPU.format(workers=4))
    cpu = compare.Case(
        title="CPU-bound: the same work in 1 worker and in 4 (2 cores)",
        commands=[compare.Command("05-modules 4 workers", [stage, four], expect_stdout="400000000\n"),
                  compare.Command("05-modules 1 worker", [stage, one], expect_stdout="400000000\n"),
                  compare.Command("node 4 workers", [node, four], expect_stdout="400000000\n"),
                  compare.Command("node 1 worker", [node, one], expect_stdout="400000000\n")],
        baseline="node 4 workers", reference="05-modules 1 worker")
    return [
        pair("worker start-up to first message, x 20", script("startup.js", STARTUP), "20\n"),
        pair("postMessage round trips of a small object, x 20,000",
             script("round-trips.js", ROUND_TRIPS), "20000\n"),
        pair("postMessage throughput: 200,000 small objects to a worker",
             script("throughput.js", THROUGHPUT), f"{199999 * 200000 // 2}\n"),
        pair("1 MiB ArrayBuffer transferred both ways, x 2,000",
             script("buffers.js", BUFFERS), f"2000 {2000 % 256} 1048576\n"),
        cpu,
    ]


def main():
    args, stage = compare.stage_arguments(
        "05-modules", "Stage 05 worker_threads against Node 20, whole processes.")
    folder = tempfile.mkdtemp(prefix="bench-05-worker-")
    try:
        return compare.run_cases(make_cases(stage, args.node, folder), runs=args.runs,
                                 warmup=args.warmup, only=args.only)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
