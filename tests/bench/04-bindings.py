#!/usr/bin/env python3
"""Stage 04 benchmarks: the binding layer against Node 20, whole processes.

Each case is a small script run by both runtimes (see compare.py for how runs
are measured and why). Every script prints one line that proves the work was
done; the warm-up run checks it.

  10M trivial native calls      the cost of crossing from JavaScript into C++:
                                internalBinding('types').isDate(i) here, and
                                util.types.isDate(i) in Node, which is the same
                                V8 check behind Node's own `types` binding
  Buffer.from / toString        1 KiB (100,000 times) and 1 MiB (200 times), in
                                utf8, hex and base64: the encoders, and the cost
                                of making a Buffer
  raw TCP echo of 1 GiB         a client and an echo server on 127.0.0.1 using
                                only tcp_wrap and stream_wrap (Node runs the
                                same script with --expose-internals): reads,
                                writes and callbacks in bulk

Run:  python3 tests/bench/04-bindings.py --build build [--runs 20]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

# Either runtime: this stage's global internalBinding, or Node's with
# --expose-internals.
INTERNAL_BINDING = """
const internalBinding = globalThis.internalBinding ??
  require('internal/test/binding').internalBinding;
"""

NATIVE_CALLS = """
const isDate = typeof internalBinding === 'function'
  ? internalBinding('types').isDate : require('util').types.isDate;
let dates = 0;
for (let i = 0; i < 1e7; i++) if (isDate(i)) dates++;
console.log(dates);
"""


def text(size, encoding):
    """A JavaScript expression for `size` bytes of input in `encoding`."""
    source = f"Buffer.alloc({size}, 'héllo wörld, ')"
    if encoding == "utf8":
        return f"{source}.toString()"
    return f"{source}.toString('{encoding}')"


def filled(size):
    """The bytes of Buffer.alloc(size, 'héllo wörld, '), decoded as UTF-8 is
    (a character cut off at the end becomes U+FFFD)."""
    pattern = "héllo wörld, ".encode()
    return (pattern * (size // len(pattern) + 1))[:size].decode("utf-8", "replace")


def from_string_length(size, encoding):
    """Buffer.from(text(size, encoding), encoding).length."""
    return len(filled(size).encode()) if encoding == "utf8" else size


def to_string_length(size, encoding):
    """buffer.toString(encoding).length for Buffer.alloc(size, ...): UTF-16
    units (the text has none beyond the BMP)."""
    return {"utf8": len(filled(size)), "hex": 2 * size, "base64": 4 * -(-size // 3)}[encoding]


def from_string(size, encoding, times):
    return f"""
const input = {text(size, encoding)};
let total = 0;
for (let i = 0; i < {times}; i++) total += Buffer.from(input, '{encoding}').length;
console.log(total);
"""


def to_string(size, encoding, times):
    return f"""
const buffer = Buffer.alloc({size}, 'héllo wörld, ');
let total = 0;
for (let i = 0; i < {times}; i++) total += buffer.toString('{encoding}').length;
console.log(total);
"""


# The echo: the client writes 64 KiB chunks as fast as the socket takes them
# (a write that has to wait resumes the loop from its oncomplete); the server
# echoes every chunk, and stops reading while 16 echoes wait, so that memory
# stays bounded.
ECHO = INTERNAL_BINDING + """
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { WriteWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset,
        kLastWriteWasAsync } = internalBinding('stream_wrap');
const TOTAL = 1 << 30;
const chunk = Buffer.alloc(65536, 'x');

function write(handle, data, done) {
  const req = new WriteWrap();
  req.oncomplete = done;
  req.buffer = data;
  if (handle.writeBuffer(req, data) !== 0) throw new Error('write failed');
  return streamBaseState[kLastWriteWasAsync] === 1;
}

const server = new TCP(constants.SERVER);
server.bind('127.0.0.1', 0);
server.listen(1);
const address = {};
server.getsockname(address);
server.onconnection = (status, socket) => {
  let waiting = 0;
  socket.onread = (arrayBuffer) => {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread < 0) { socket.close(); server.close(); return; }
    const data = new Uint8Array(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
    if (write(socket, data, () => { if (--waiting === 0) socket.readStart(); }) &&
        ++waiting === 16) {
      socket.readStop();
    }
  };
  socket.readStart();
};

const client = new TCP(constants.SOCKET);
let sent = 0;
let received = 0;
function pump() {
  while (sent < TOTAL) {
    sent += chunk.length;
    if (write(client, chunk, pump)) return;  // resumes when the socket drains
  }
}
const connect = new TCPConnectWrap();
connect.oncomplete = () => {
  client.onread = (arrayBuffer) => {
    received += streamBaseState[kReadBytesOrError];
    if (received === TOTAL) {
      console.log(received);
      client.close();
    }
  };
  client.readStart();
  pump();
};
client.connect(connect, '127.0.0.1', address.port);
"""

SIZES = [("1 KiB", 1024, 100_000), ("1 MiB", 1 << 20, 200)]
ENCODINGS = ["utf8", "hex", "base64"]


def make_cases(stage, node, bench_dir):
    echo = os.path.join(bench_dir, "echo.js")
    with open(echo, "w", encoding="utf-8") as f:
        f.write(ECHO)

    def case(title, source=None, expect=None, script=None, node_flags=()):
        ours = [stage, script] if script else [stage, "-e", source]
        theirs = [node, *node_flags, script] if script else [node, *node_flags, "-e", source]
        return compare.Case(title=title,
                            commands=[compare.Command("04-bindings", ours, expect_stdout=expect),
                                      compare.Command("node", theirs, expect_stdout=expect)],
                            baseline="node")

    cases = [case("10M trivial native calls (types.isDate)", NATIVE_CALLS, "0\n")]
    for label, size, times in SIZES:
        for encoding in ENCODINGS:
            cases.append(case(f"Buffer.from({label} {encoding} string) x {times:,}",
                              from_string(size, encoding, times),
                              f"{from_string_length(size, encoding) * times}\n"))
            cases.append(case(f"buffer.toString('{encoding}'), {label} x {times:,}",
                              to_string(size, encoding, times),
                              f"{to_string_length(size, encoding) * times}\n"))
    cases.append(case("raw TCP echo of 1 GiB over loopback", expect=f"{1 << 30}\n", script=echo,
                      node_flags=("--expose-internals",)))
    return cases


def main():
    args, stage = compare.stage_arguments(
        "04-bindings", "Stage 04 (the binding layer) against Node 20, whole processes.")
    build = os.path.abspath(args.build)
    bench_dir = os.path.join(build, "bench-data", "04-bindings")
    os.makedirs(bench_dir, exist_ok=True)
    return compare.run_cases(make_cases(stage, args.node, bench_dir), runs=args.runs,
                             warmup=args.warmup, only=args.only)


if __name__ == "__main__":
    sys.exit(main())
