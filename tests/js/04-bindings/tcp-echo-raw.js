// flags: --expose-internals
// stderr: ignore
// A TCP echo server and client on 127.0.0.1 written with the raw bindings
// alone: no `net`, only tcp_wrap, stream_wrap and uv, with the callback
// conventions of Node's own bindings. Node runs it too (with
// --expose-internals, which prints a warning on stderr, hence not compared).
//
// The client sends 1 MiB in chunks of many sizes and then half-closes; the
// server echoes every chunk and half-closes when it reads EOF; the client
// checks that it got back exactly what it sent. Each side logs what happened
// to it, and both logs are printed at the end, so the output does not
// depend on how the two sides interleave.
const internalBinding = globalThis.internalBinding ??
  require('internal/test/binding').internalBinding;
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { WriteWrap, ShutdownWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset,
        kBytesWritten, kLastWriteWasAsync } = internalBinding('stream_wrap');
const uv = internalBinding('uv');

const serverLog = [];
const clientLog = [];
const refusedLog = [];

// Both halves of the test end here; the second prints every log.
let parts = 2;
function partDone() {
  if (--parts > 0) return;
  for (const [name, log] of [['server', serverLog], ['client', clientLog], ['refused', refusedLog]]) {
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
}

// One read: the bytes, or the negative status (UV_EOF) with none.
function readChunk(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  if (nread < 0) return nread;
  return Buffer.from(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
}

// Writes `data`; the write may complete at once or later (oncomplete).
// Returns 1 if oncomplete will be called.
function write(handle, data, done) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = (status) => done(status);
  const err = typeof data === 'string' ? handle.writeLatin1String(req, data)
                                       : handle.writeBuffer(req, data);
  if (err !== 0) throw new Error(`write failed: ${uv.errname(err)}`);
  req.buffer = data;  // Node requires the caller to keep the bytes alive
  return { bytes: streamBaseState[kBytesWritten], async: streamBaseState[kLastWriteWasAsync] };
}

// ---- The server ----
const server = new TCP(constants.SERVER);
serverLog.push(`bind ${server.bind('127.0.0.1', 0)}`);
serverLog.push(`listen ${server.listen(16)}`);
const address = {};
server.getsockname(address);
serverLog.push(`address ${address.address} ${address.family} ${typeof address.port}`);

// Another server on the same port: libuv reports the clash at listen().
const rival = new TCP(constants.SERVER);
serverLog.push(`rival bind ${rival.bind('127.0.0.1', address.port)}`);
serverLog.push(`rival listen ${uv.errname(rival.listen(16))}`);
rival.close();

let echoed = 0;
server.onconnection = (status, client) => {
  serverLog.push(`connection ${status} ${client instanceof TCP}`);
  const peer = {};
  client.getpeername(peer);
  serverLog.push(`peer ${peer.address}`);
  let pending = 0;
  client.onread = (arrayBuffer) => {
    const chunk = readChunk(arrayBuffer);
    if (typeof chunk === 'number') {
      serverLog.push(`read ${uv.errname(chunk)} after ${echoed} bytes`);
      const req = new ShutdownWrap();
      req.oncomplete = (status, handle) => {
        serverLog.push(`shutdown ${status} ${handle === client} (${pending} writes pending)`);
        serverLog.push(`bytesRead ${client.bytesRead === echoed}`);
        client.close(() => serverLog.push('client handle closed'));
        server.close(() => serverLog.push('server closed'));
      };
      serverLog.push(`shutdown queued ${client.shutdown(req)}`);
      return;
    }
    echoed += chunk.length;
    const { async } = write(client, chunk, (status) => {
      pending--;
      if (status !== 0) serverLog.push(`echo failed ${uv.errname(status)}`);
    });
    if (async) pending++;
  };
  serverLog.push(`readStart ${client.readStart()}`);
};

// ---- The client ----
const total = 1 << 20;
const data = Buffer.alloc(total);
for (let i = 0; i < total; i++) data[i] = (i * 7) % 251;
const received = [];
let receivedBytes = 0;
let asyncWrites = 0;
let completions = 0;
let bytesCounted = 0;

const client = new TCP(constants.SOCKET);
const connect = new TCPConnectWrap();
connect.oncomplete = (status, handle, req, readable, writable) => {
  clientLog.push(`connect ${status} ${handle === client} ${req === connect} ${readable} ${writable}`);
  client.onread = (arrayBuffer) => {
    const chunk = readChunk(arrayBuffer);
    if (typeof chunk === 'number') {
      const back = Buffer.concat(received);
      clientLog.push(`read ${uv.errname(chunk)} after ${receivedBytes} bytes`);
      clientLog.push(`echo equal ${back.equals(Buffer.concat([Buffer.from('hello, '), data]))}`);
      clientLog.push(`writes: ${completions === asyncWrites ? 'every' : 'NOT every'} ` +
                     `asynchronous write completed; bytes counted ${bytesCounted}`);
      clientLog.push(`bytesWritten ${client.bytesWritten}`);
      client.close(() => {
        clientLog.push('closed');
        partDone();
      });
      return;
    }
    received.push(chunk);
    receivedBytes += chunk.length;
  };
  clientLog.push(`readStart ${client.readStart()}`);

  const sent = (status) => {
    completions++;
    if (status !== 0) clientLog.push(`write failed ${uv.errname(status)}`);
  };
  const first = write(client, 'hello, ', sent);
  bytesCounted += first.bytes;
  asyncWrites += first.async;
  // Chunks of 1 byte to 64 KiB, all of it.
  for (let offset = 0, size = 1; offset < total; offset += size, size = Math.min(size * 3, 65536)) {
    const { bytes, async } = write(client, data.subarray(offset, Math.min(offset + size, total)), sent);
    bytesCounted += bytes;
    asyncWrites += async;
  }
  const shutdown = new ShutdownWrap();
  shutdown.oncomplete = (status) => clientLog.push(`shutdown ${status}`);
  clientLog.push(`shutdown queued ${client.shutdown(shutdown)}`);
};
clientLog.push(`connect queued ${client.connect(connect, '127.0.0.1', address.port)}`);

// A connection nobody accepts: the status comes in oncomplete, not thrown.
const probe = new TCP(constants.SERVER);
probe.bind('127.0.0.1', 0);
const closedPort = {};
probe.getsockname(closedPort);
probe.close(() => {
  const refused = new TCP(constants.SOCKET);
  const req = new TCPConnectWrap();
  req.oncomplete = (status, handle, request, readable, writable) => {
    refusedLog.push(`connect ${uv.errname(status)} ${readable} ${writable}`);
    handle.close(partDone);
  };
  refused.connect(req, '127.0.0.1', closedPort.port);
});
