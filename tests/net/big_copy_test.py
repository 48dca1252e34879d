#!/usr/bin/env python3
"""A file of 1 GiB copied by a stage with
`pipeline(fs.createReadStream(src), fs.createWriteStream(dst))`, and checked
against the source by sha256, computed here by Python.

    python3 tests/net/big_copy_test.py build/bin/05-modules

The source is made at test time in a temporary folder (deleted afterwards):
64 blocks of 16 MiB, each random bytes stamped with its block number, so a
lost, repeated or reordered block changes the hash. The copy has a deadline
of 60 s, though it takes a few seconds: this is about nothing lost on the
way through the streams' backpressure, not about speed (tests/bench/05-io.py
measures that). ctest gives it the label `slow`.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

BLOCK = 16 << 20
BLOCKS = 64  # 1 GiB
DEADLINE = 60.0

COPY_JS = r"""
const fs = require('fs');
const { pipeline } = require('stream');
const [src, dst] = process.argv.slice(2);
pipeline(fs.createReadStream(src), fs.createWriteStream(dst), (err) => {
  if (err) throw err;
  console.log('copied', fs.statSync(dst).size);
});
"""


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def main():
    binary = shutil.which(sys.argv[1]) or os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as directory:
        src = os.path.join(directory, "source.bin")
        dst = os.path.join(directory, "copy.bin")
        script = os.path.join(directory, "copy.js")
        with open(script, "w", encoding="utf-8") as f:
            f.write(COPY_JS)
        base = bytearray(os.urandom(BLOCK))
        digest = hashlib.sha256()
        with open(src, "wb") as f:
            for i in range(BLOCKS):
                base[:8] = i.to_bytes(8, "little")
                digest.update(base)
                f.write(base)
        completed = subprocess.run([binary, script, src, dst], capture_output=True, text=True,
                                   timeout=DEADLINE)
        size = BLOCK * BLOCKS
        ok = completed.returncode == 0 and completed.stdout == f"copied {size}\n"
        print(f"{'ok' if ok else 'FAIL'}: pipeline copies 1 GiB "
              f"({completed.stdout.strip()!r}, {completed.stderr.strip()!r})")
        same = ok and sha256_of(dst) == digest.hexdigest()
        print(f"{'ok' if same else 'FAIL'}: the copy's sha256 is the source's")
        return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())
