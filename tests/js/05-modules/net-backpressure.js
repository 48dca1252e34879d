// net: backpressure in both directions. The client writes 16 MiB in 64 KiB
// chunks, waiting for 'drain' whenever write() returns false; the server
// pauses its socket after the first chunk (so its buffer fills, reading
// stops, the kernel's buffers fill and the client's writes queue up), then
// resumes and checks every byte. Only counts and yes/no facts are printed:
// how often write() returned false depends on the kernel.
'use strict';
const net = require('net');

const kChunk = 64 * 1024;
const kChunks = 256;
const pattern = (i) => Buffer.alloc(kChunk, i % 251);

const server = net.createServer((socket) => {
  let received = 0;
  let mismatches = 0;
  let pausedOnce = false;
  socket.on('data', (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const at = received + i;
      if (chunk[i] !== Math.floor(at / kChunk) % 251) mismatches++;
    }
    received += chunk.length;
    if (!pausedOnce) {
      pausedOnce = true;
      socket.pause();
      console.log(`server paused: isPaused ${socket.isPaused()}`);
      setTimeout(() => {
        console.log(`server buffer filled: ${socket.readableLength > 0}`);
        socket.resume();
      }, 200);
    }
  });
  socket.on('end', () => {
    console.log(`server got ${received} bytes, ${mismatches} wrong, bytesRead ${socket.bytesRead}`);
    socket.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let refusals = 0;
  let drains = 0;
  let maxBufferSize = 0;
  client.on('drain', () => { drains++; write(); });
  function write() {
    while (sent < kChunks) {
      const ok = client.write(pattern(sent++));
      maxBufferSize = Math.max(maxBufferSize, client.bufferSize);
      if (!ok) {
        refusals++;
        return;
      }
    }
    client.end();
  }
  client.on('connect', write);
  client.on('finish', () => {
    console.log(`client finished: write() said wait ${refusals > 0}, drains === refusals ` +
                `${drains === refusals}, buffered up to the highWaterMark ${maxBufferSize >= 16384}`);
    console.log(`client writableLength ${client.writableLength} bytesWritten ${client.bytesWritten}`);
  });
  client.resume();
  client.on('close', () => server.close(() => console.log('done')));
});
