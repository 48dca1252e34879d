// pipe(): a fast source into a slow destination pauses at the destination's
// highWaterMark and resumes on 'drain'; several destinations wait for the
// slowest; unpipe(), pipe events, { end: false }, and the legacy Stream pipe.
'use strict';
const { Readable, Writable, PassThrough, Stream } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

function counter(total, size) {
  let sent = 0;
  return new Readable({
    highWaterMark: size * 2,
    read() {
      if (sent >= total) this.push(null);
      else {
        sent++;
        this.push(Buffer.alloc(size, 97));
      }
    },
  });
}

function slowSink(tag, hwm, log) {
  let bytes = 0;
  const w = new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) {
      bytes += chunk.length;
      setImmediate(cb);
    },
  });
  w.bytes = () => bytes;
  if (log) {
    w.on('drain', () => log(`${tag} drain`));
    w.on('finish', () => log(`${tag} finish, ${bytes} bytes`));
  }
  return w;
}

test('one slow destination: pause and resume by the mark', async () => {
  const events = [];
  const log = (e) => events.push(e);
  const src = counter(8, 4);
  src.on('pause', () => log('src pause'));
  src.on('resume', () => log('src resume'));
  src.on('end', () => log('src end'));
  const dst = slowSink('dst', 8, log);
  dst.on('pipe', (s) => log(`dst pipe ${s === src}`));
  src.pipe(dst);
  await new Promise((resolve) => dst.on('close', resolve));
  console.log(events.join('\n'));
});

test('the source never buffers more than its mark while waiting', async () => {
  let maxSrc = 0;
  let maxDst = 0;
  const src = counter(200, 100);
  const dst = slowSink('dst', 300);
  const check = setInterval(() => {}, 1000);
  src.on('data', () => {
    maxSrc = Math.max(maxSrc, src.readableLength);
    maxDst = Math.max(maxDst, dst.writableLength);
  });
  src.pipe(dst);
  await new Promise((resolve) => dst.on('finish', resolve));
  clearInterval(check);
  console.log('bytes', dst.bytes(), 'max source buffer', maxSrc, 'max dest buffer', maxDst);
});

test('two destinations: the source waits for the slower', async () => {
  const src = counter(10, 10);
  let fastWrites = 0;
  const fast = new Writable({ highWaterMark: 10, write(c, e, cb) { fastWrites++; cb(); } });
  const slow = slowSink('slow', 10);
  let pauses = 0;
  src.on('pause', () => pauses++);
  src.pipe(fast);
  src.pipe(slow);
  await new Promise((resolve) => slow.on('finish', resolve));
  console.log('fast writes', fastWrites, 'slow bytes', slow.bytes(), 'pauses', pauses,
              'fast finished', fast.writableFinished);
});

test('unpipe stops the flow and emits unpipe', async () => {
  const src = new Readable({ read() {} });
  const a = new PassThrough();
  const b = new PassThrough();
  a.on('unpipe', (s) => console.log('a unpipe', s === src));
  b.on('unpipe', (s) => console.log('b unpipe', s === src));
  src.pipe(a);
  src.pipe(b);
  console.log('pipes', src._readableState.pipes.length, 'flowing', src.readableFlowing);
  src.unpipe(a);
  console.log('after unpipe(a): pipes', src._readableState.pipes.length,
              'flowing', src.readableFlowing);
  src.unpipe();
  console.log('after unpipe(): pipes', src._readableState.pipes.length,
              'flowing', src.readableFlowing);
  console.log('unpipe of a stranger returns the source', src.unpipe(new PassThrough()) === src);
  src.destroy();
  await settle();
});

test('end: false keeps the destination open', async () => {
  const dst = new PassThrough();
  let text = '';
  dst.on('data', (c) => { text += c; });
  dst.on('finish', () => console.log('dst finish'));
  const one = Readable.from(['one ']);
  one.pipe(dst, { end: false });
  await new Promise((resolve) => one.on('end', resolve));
  await settle();
  console.log('after first source: writable', dst.writable, JSON.stringify(text));
  const two = Readable.from(['two']);
  two.pipe(dst);
  await new Promise((resolve) => dst.on('finish', resolve));
  console.log('after second source:', JSON.stringify(text));
});

test('a destination that closes unpipes itself', async () => {
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  dst.on('unpipe', () => console.log('unpipe on close'));
  src.pipe(dst);
  dst.destroy();
  await settle();
  console.log('pipes left', src._readableState.pipes.length, 'src flowing', src.readableFlowing);
  src.destroy();
});

test('an error on the destination unpipes and is rethrown to its listener', async () => {
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
  dst.on('error', (err) => console.log('dst error', err.message));
  dst.on('unpipe', () => console.log('dst unpipe'));
  src.pipe(dst);
  src.push('x');
  await settle();
  console.log('src destroyed', src.destroyed, 'pipes', src._readableState.pipes.length);
  src.destroy();
});

test('pipe into a stream that already needs a drain', async () => {
  const dst = slowSink('dst', 2);
  dst.write('abc');
  console.log('needDrain', dst.writableNeedDrain);
  const src = Readable.from(['x', 'y']);
  src.pipe(dst);
  console.log('source paused at once', src.isPaused());
  await new Promise((resolve) => dst.on('finish', resolve));
  console.log('bytes', dst.bytes());
});

test('legacy Stream.prototype.pipe', async () => {
  const src = new Stream();
  const dst = new Stream();
  dst.writable = true;
  let paused = 0;
  src.pause = () => { paused++; };
  src.resume = () => console.log('legacy resume');
  src.readable = true;
  let writes = 0;
  dst.write = (chunk) => { writes++; return writes < 2; };
  dst.end = () => console.log('legacy end');
  dst.on('pipe', () => console.log('legacy pipe event'));
  console.log(src.pipe(dst) === dst);
  src.emit('data', 'a');
  src.emit('data', 'b');
  dst.emit('drain');
  src.emit('end');
  src.emit('data', 'after end');
  console.log('writes', writes, 'pauses', paused);
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
