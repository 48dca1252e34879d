#!/usr/bin/env python3
"""Stage 03 benchmarks: the thread pool against Node 20, whole processes.

Each case is a small script run with -e by both runtimes (see compare.py for
how runs are measured and why). Every script prints one line that proves the
work was done; the warm-up run checks it.

  1,000 files, fs.promises.readFile   1 KiB each, all at once: the pool's
                                      queue and the promise completions
  1,000 files, readFileSync           the same files one after the other on
                                      the loop thread: the system calls alone
  4 x pbkdf2 on the pool              100,000 rounds of HMAC-SHA256 each, all
                                      queued at once: the workers share the cores
  4 x pbkdf2Sync in a row             the same work on the loop thread: the
                                      pool's case should take about half as
                                      long on a 2-core machine
  readFile of a 100 MiB file          throughput of one large read

The files are made once in <build>/bench-data/03-threadpool (the build
folder is not part of the repository).

Run:  python3 tests/bench/03-threadpool.py --build build [--runs 20]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

SMALL_FILES = 1000
SMALL_FILE_BYTES = 1024
LARGE_FILE_MIB = 100


def make_data(folder):
    """The files the cases read, made once."""
    small = os.path.join(folder, "small")
    if not os.path.isdir(small) or len(os.listdir(small)) != SMALL_FILES:
        os.makedirs(small, exist_ok=True)
        for i in range(SMALL_FILES):
            with open(os.path.join(small, f"{i}.txt"), "wb") as f:
                f.write(bytes([97 + i % 26]) * SMALL_FILE_BYTES)
    large = os.path.join(folder, "large.bin")
    if not os.path.exists(large) or os.path.getsize(large) != LARGE_FILE_MIB << 20:
        with open(large, "wb") as f:
            chunk = bytes(range(256)) * 4096  # 1 MiB
            for _ in range(LARGE_FILE_MIB):
                f.write(chunk)
    return small, large


def scripts(small, large):
    names = f"Array.from({{ length: {SMALL_FILES} }}, (_, i) => {small!r} + '/' + i + '.txt')"
    return {
        "promises": f"""
const fs = require('fs');
Promise.all({names}.map((name) => fs.promises.readFile(name))).then((all) =>
  console.log(all.reduce((sum, data) => sum + data.length, 0)));
""",
        "sync": f"""
const fs = require('fs');
let total = 0;
for (const name of {names}) total += fs.readFileSync(name).length;
console.log(total);
""",
        "pbkdf2": """
const crypto = require('crypto');
let done = 0;
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('password', 'salt' + i, 100000, 32, 'sha256', (err, key) => {
    if (++done === 4) console.log(done);
  });
}
""",
        "pbkdf2Sync": """
const crypto = require('crypto');
let done = 0;
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2Sync('password', 'salt' + i, 100000, 32, 'sha256');
  done++;
}
console.log(done);
""",
        "large": f"""
require('fs').readFile({large!r}, (err, data) => console.log(data.length));
""",
    }


def make_cases(stage, node, small, large):
    source = scripts(small, large)
    cases = [
        (f"{SMALL_FILES:,} files of 1 KiB, fs.promises.readFile all at once", "promises",
         f"{SMALL_FILES * SMALL_FILE_BYTES}\n"),
        (f"{SMALL_FILES:,} files of 1 KiB, readFileSync one after the other", "sync",
         f"{SMALL_FILES * SMALL_FILE_BYTES}\n"),
        ("4 x pbkdf2 (100,000 rounds, sha256) on the pool, all at once", "pbkdf2", "4\n"),
        ("4 x pbkdf2Sync (100,000 rounds, sha256) in a row on the loop thread", "pbkdf2Sync", "4\n"),
        (f"readFile of a {LARGE_FILE_MIB} MiB file", "large", f"{LARGE_FILE_MIB << 20}\n"),
    ]
    return [
        compare.Case(title=title,
                     commands=[compare.Command("03-threadpool", [stage, "-e", source[key]],
                                               expect_stdout=expected),
                               compare.Command("node", [node, "-e", source[key]],
                                               expect_stdout=expected)],
                     baseline="node")
        for title, key, expected in cases
    ]


def main():
    args, stage = compare.stage_arguments(
        "03-threadpool", "Stage 03 (the thread pool) against Node 20, whole processes.")
    build = os.path.abspath(args.build)
    small, large = make_data(os.path.join(build, "bench-data", "03-threadpool"))
    cases = [case for case in make_cases(stage, args.node, small, large)
             if not args.only or any(text in case.title for text in args.only)]
    print(compare.machine_description(args.runs, args.warmup))
    summaries = []
    try:
        for case in cases:
            summaries.append(compare.run_case(case, args.runs, args.warmup))
    except (compare.BenchError, OSError) as error:
        print(f"\nbenchmark stopped: {error}", file=sys.stderr)
        return 1
    # What the pool buys: four PBKDF2s at once against the same four in a row.
    pool, in_a_row = summaries[2], summaries[3]
    print("\nspeed-up of the pool (4 x pbkdf2Sync in a row / 4 x pbkdf2 at once, wall):")
    for name in ("03-threadpool", "node"):
        print(f"  {name:<15}{in_a_row[name].median_wall_ms / pool[name].median_wall_ms:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
