#!/usr/bin/env python3
"""Stage 05 crypto benchmarks against Node 20: whole processes (compare.py).

Both runtimes call the same OpenSSL (libcrypto 3) for the arithmetic, so the
figures show what each adds around it: the JS layer, the binding, the copy of
arguments, the thread pool.

  sha256 of 1 GiB            1,024 updates of 1 MiB into one Hash
  100,000 small hashes       createHash('sha256').update(40 bytes).digest('hex')
                             100,000 times: the per-object cost
  pbkdf2 on the pool         8 x pbkdf2(100,000 rounds of HMAC-SHA256) at once,
                             spread over the pool's 4 threads

Each script prints a digest (or a key) that the warm-up checks against the
answer computed here with Python's hashlib.

Run:  python3 tests/bench/05-crypto.py --build build [--runs 5]
"""

import hashlib
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

HASH_1GIB = """
const crypto = require('crypto');
const block = Buffer.alloc(1 << 20, 'a');
const hash = crypto.createHash('sha256');
for (let i = 0; i < 1024; i++) hash.update(block);
console.log(hash.digest('hex'));
"""

SMALL_HASHES = """
const crypto = require('crypto');
let last;
for (let i = 0; i < 100000; i++) {
  last = crypto.createHash('sha256').update('a small message of forty bytes, or so..').digest('hex');
}
console.log(last);
"""

PBKDF2 = """
const crypto = require('crypto');
const keys = [];
for (let i = 0; i < 8; i++) {
  crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', (error, key) => {
    if (error) throw error;
    keys.push(key.toString('hex'));
    if (keys.length === 8) console.log(new Set(keys).size, keys[0]);
  });
}
"""


def make_cases(stage, node, root):
    def script(name, source):
        filename = os.path.join(root, name)
        with open(filename, "w", encoding="utf-8") as f:
            f.write(source)
        return filename

    def pair(title, program, expect):
        return compare.Case(title=title,
                            commands=[compare.Command("05-modules", [stage, program],
                                                      expect_stdout=expect),
                                      compare.Command("node", [node, program],
                                                      expect_stdout=expect)],
                            baseline="node")

    # Block by block: a 1 GiB bytes object would raise this harness's own
    # RSS, below which no child's peak can read (compare.py).
    whole = hashlib.sha256()
    block = b"a" * (1 << 20)
    for _ in range(1024):
        whole.update(block)
    big = whole.hexdigest()
    small = hashlib.sha256(b"a small message of forty bytes, or so..").hexdigest()
    key = hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100000, 32).hex()
    return [
        pair("sha256 of 1 GiB", script("hash-1gib.js", HASH_1GIB), big + "\n"),
        pair("100,000 small hashes", script("small-hashes.js", SMALL_HASHES), small + "\n"),
        pair("pbkdf2: 8 x 100,000 rounds on the pool", script("pbkdf2.js", PBKDF2),
             f"1 {key}\n"),
    ]


def main():
    args, stage = compare.stage_arguments(
        "05-modules", "Stage 05's crypto (hashes, pbkdf2) against Node 20, whole processes.")
    root = tempfile.mkdtemp(prefix="bench-05-crypto-")
    try:
        return compare.run_cases(make_cases(stage, args.node, root), runs=args.runs,
                                 warmup=args.warmup)
    finally:
        for name in os.listdir(root):
            os.unlink(os.path.join(root, name))
        os.rmdir(root)


if __name__ == "__main__":
    sys.exit(main())
