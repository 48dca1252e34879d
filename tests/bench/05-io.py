#!/usr/bin/env python3
"""Stage 05 I/O benchmarks: streams, files, sockets and stdout against Node 20.

Each case is a small script run by both runtimes as a whole process (see
compare.py for how runs are measured). Every script prints one line that
proves the work was done (a byte count or a hash); the warm-up run checks it
against the answer computed here.

  pipeline file -> file      stream.pipeline(createReadStream, createWriteStream)
                             of a 1 GiB file; the copy is checked by size
  net echo                   1 GiB through a net server that echoes on loopback
  Transform                  100,000 small objects through a Transform
  1,000 files                read in parallel, with fs.promises.readFile and
                             with createReadStream
  stdout to a pipe           100 MiB written to process.stdout, read by
                             `wc -c` (whose count is the proof)

Run:  python3 tests/bench/05-io.py --build build [--runs 5]
"""

import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

BIG_FILE_BYTES = 1 << 30
SMALL_FILES = 1000
SMALL_FILE_BYTES = 4096

PIPELINE = """
const fs = require('fs');
const { pipeline } = require('stream');
const [source, target] = process.argv.slice(2);
pipeline(fs.createReadStream(source), fs.createWriteStream(target), (error) => {
  if (error) throw error;
  console.log(fs.statSync(target).size);
  fs.unlinkSync(target);
});
"""

NET_ECHO = """
const net = require('net');
const TOTAL = 1 << 30;
const chunk = Buffer.alloc(64 * 1024, 'x');
const server = net.createServer((socket) => socket.pipe(socket));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  function send() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!client.write(chunk)) return client.once('drain', send);
    }
    client.end();
  }
  client.on('connect', send);
  client.on('data', (data) => { received += data.length; });
  client.on('end', () => { console.log(received); server.close(); });
});
"""

TRANSFORM = """
const { Readable, Transform, Writable, pipeline } = require('stream');
const COUNT = 100000;
let produced = 0;
let total = 0;
const source = new Readable({
  objectMode: true,
  read() { this.push(produced < COUNT ? { n: produced++ } : null); },
});
const double = new Transform({
  objectMode: true,
  transform(item, encoding, callback) { callback(null, item.n * 2); },
});
const sink = new Writable({
  objectMode: true,
  write(value, encoding, callback) { total += value; callback(); },
});
pipeline(source, double, sink, (error) => {
  if (error) throw error;
  console.log(total);
});
"""

READ_FILES_PROMISES = """
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const names = fs.readdirSync(dir);
Promise.all(names.map((name) => fs.promises.readFile(path.join(dir, name))))
  .then((contents) => console.log(contents.reduce((sum, data) => sum + data.length, 0)));
"""

READ_FILES_STREAMS = """
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
let total = 0;
let open = 0;
for (const name of fs.readdirSync(dir)) {
  open++;
  fs.createReadStream(path.join(dir, name))
    .on('data', (data) => { total += data.length; })
    .on('end', () => { if (--open === 0) console.log(total); });
}
"""

STDOUT = """
const chunk = 'y'.repeat(64 * 1024 - 1) + '\\n';
const TOTAL = 100 * 1024 * 1024;
let written = 0;
function write() {
  while (written < TOTAL) {
    written += chunk.length;
    if (!process.stdout.write(chunk)) return process.stdout.once('drain', write);
  }
}
write();
"""


def prepare_big_file(root):
    """The 1 GiB source file of the pipeline case."""
    big = os.path.join(root, "big.bin")
    block = bytes(range(256)) * 4096  # 1 MiB
    with open(big, "wb") as f:
        for _ in range(BIG_FILE_BYTES // len(block)):
            f.write(block)
    return big


def prepare_small_files(root):
    """The folder of 1,000 small files."""
    small = os.path.join(root, "small")
    os.makedirs(small)
    for i in range(SMALL_FILES):
        with open(os.path.join(small, f"f{i}.txt"), "wb") as f:
            f.write(b"z" * SMALL_FILE_BYTES)
    return small


def make_cases(stage, node, root, only=None):
    """The cases; the input files only for those `only` selects (writing the
    1 GiB file takes longer than some cases, and --only is for a quick look)."""
    def script(name, source):
        filename = os.path.join(root, name)
        with open(filename, "w", encoding="utf-8") as f:
            f.write(source)
        return filename

    def pair(title, argv_tail, expect):
        return compare.Case(title=title,
                            commands=[compare.Command("05-modules", [stage, *argv_tail],
                                                      expect_stdout=expect),
                                      compare.Command("node", [node, *argv_tail],
                                                      expect_stdout=expect)],
                            baseline="node")

    def piped(title, program, expect):
        """`program` with its stdout piped into `wc -c` (which prints the count)."""
        def command(name, runtime):
            return compare.Command(name, ["sh", "-c", f'"{runtime}" "{program}" | wc -c'],
                                   expect_stdout=expect)
        return compare.Case(title=title, commands=[command("05-modules", stage),
                                                   command("node", node)], baseline="node")

    def wanted(title):
        return not only or any(text in title for text in only)

    big = prepare_big_file(root) if wanted("pipeline: 1 GiB file to file") else None
    small = prepare_small_files(root) if wanted(f"{SMALL_FILES:,} files") else None
    copy = os.path.join(root, "copy.bin")
    return [
        pair("pipeline: 1 GiB file to file", [script("pipeline.js", PIPELINE), big, copy],
             f"{BIG_FILE_BYTES}\n"),
        pair("net: 1 GiB echoed over loopback", [script("net-echo.js", NET_ECHO)],
             f"{1 << 30}\n"),
        pair("Transform: 100,000 objects", [script("transform.js", TRANSFORM)],
             f"{2 * sum(range(100000))}\n"),
        pair(f"{SMALL_FILES:,} files: fs.promises.readFile",
             [script("read-promises.js", READ_FILES_PROMISES), small],
             f"{SMALL_FILES * SMALL_FILE_BYTES}\n"),
        pair(f"{SMALL_FILES:,} files: createReadStream",
             [script("read-streams.js", READ_FILES_STREAMS), small],
             f"{SMALL_FILES * SMALL_FILE_BYTES}\n"),
        piped("stdout: 100 MiB into a pipe", script("stdout.js", STDOUT),
              f"{100 * 1024 * 1024}\n"),
    ]


def main():
    args, stage = compare.stage_arguments(
        "05-modules", "Stage 05's I/O (streams, fs, net, stdout) against Node 20, whole processes.")
    root = tempfile.mkdtemp(prefix="bench-05-io-")
    try:
        return compare.run_cases(make_cases(stage, args.node, root, args.only), runs=args.runs,
                                 warmup=args.warmup, only=args.only)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
