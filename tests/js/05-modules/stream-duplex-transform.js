// Duplex, Transform and PassThrough: two sides with their own buffers,
// allowHalfOpen, object mode per side, _transform/_flush, and how a
// Transform's output buffer pushes back on its input.
'use strict';
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
const closed = (s) => new Promise((resolve) => s.on('close', resolve));

function watch(s, tag, events = ['data', 'end', 'finish', 'prefinish', 'close', 'error', 'drain']) {
  for (const ev of events) {
    s.on(ev, (arg) => {
      let shown = '';
      if (ev === 'data') shown = ` ${JSON.stringify(Buffer.isBuffer(arg) ? arg.toString() : arg)}`;
      if (ev === 'error') shown = ` ${arg.code || arg.message}`;
      console.log(`${tag} ${ev}${shown}`);
    });
  }
}

test('a Duplex is both, and instanceof both', async () => {
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) {
      console.log('_write', chunk.toString());
      this.push(chunk.toString().toUpperCase());
      cb();
    },
  });
  console.log(d instanceof Readable, d instanceof Writable, d instanceof Duplex,
              d.readable, d.writable, d.allowHalfOpen);
  watch(d, 'd');
  d.write('hello');
  d.end();
  await settle();
  console.log('writable side done, readable still open:', d.writableFinished, d.readable,
              d.destroyed);
  d.push(null);
  await closed(d);
  console.log('both done:', d.readableEnded, d.writableFinished, d.destroyed);
});

test('allowHalfOpen false ends the writable side at end', async () => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push(null); },
    write(chunk, enc, cb) { cb(); },
  });
  watch(d, 'd');
  d.resume();
  await closed(d);
});

test('readable: false and writable: false', async () => {
  const w = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('readable:false', w.readable, w.readableEnded, w.writable);
  watch(w, 'w', ['finish', 'end', 'close']);
  w.end('x');
  await closed(w);
  const r = new Duplex({ writable: false, read() { this.push(null); } });
  console.log('writable:false', r.writable, r.writableFinished, r.readable);
  watch(r, 'r', ['finish', 'end', 'close']);
  r.resume();
  await closed(r);
});

test('object mode on one side only', async () => {
  const d = new Duplex({
    readableObjectMode: true,
    read() {},
    write(chunk, enc, cb) {
      this.push({ length: chunk.length });
      cb();
    },
  });
  console.log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark,
              d.writableHighWaterMark);
  d.on('data', (o) => console.log('object', o));
  d.write('four');
  d.end();
  await settle();
  d.destroy();
  await settle();
});

test('Transform: upper case, with a _flush', async () => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      console.log('_transform', JSON.stringify(chunk.toString()), enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      console.log('_flush');
      cb(null, '!');
    },
  });
  watch(t, 't');
  t.write('ab');
  t.write('cd', () => console.log('write cb cd'));
  t.end('e');
  await closed(t);
});

test('Transform: several pushes per chunk, none for some', async () => {
  const t = new Transform({
    objectMode: true,
    transform(n, enc, cb) {
      for (let i = 0; i < n; i++) this.push(`${n}.${i}`);
      cb();
    },
  });
  const out = [];
  t.on('data', (x) => out.push(x));
  t.write(2);
  t.write(0);
  t.write(3);
  t.end();
  await closed(t);
  console.log(out.join(' '));
});

test('Transform backpressure: nobody reads the output', async () => {
  let transforms = 0;
  const t = new Transform({
    highWaterMark: 4,
    transform(chunk, enc, cb) {
      transforms++;
      cb(null, chunk);
    },
  });
  const results = [];
  for (let i = 0; i < 6; i++) results.push(t.write('xx'));
  await settle();
  console.log('write results', results.join(' '), 'transforms', transforms,
              'readableLength', t.readableLength, 'writableLength', t.writableLength);
  let got = '';
  t.on('data', (c) => { got += c; });
  await settle();
  console.log('after reading: transforms', transforms, 'got', got.length, 'bytes',
              'writableLength', t.writableLength);
  t.destroy();
});

test('Transform error in _transform and in _flush', async () => {
  const t = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
  watch(t, 't', ['error', 'close', 'finish', 'end']);
  t.write('x', (err) => console.log('write cb', err && err.message));
  await closed(t);
  const f = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('bad flush')); } });
  watch(f, 'f', ['error', 'close', 'finish', 'end']);
  f.resume();
  f.end('y');
  await closed(f);
});

test('PassThrough passes bytes unchanged, and strings as Buffers', async () => {
  const p = new PassThrough();
  p.on('data', (c) => console.log('data', Buffer.isBuffer(c), c.toString('hex')));
  p.write('hi');
  p.write(Buffer.from([0, 255]));
  p.end();
  await closed(p);
  const q = new PassThrough({ objectMode: true });
  q.on('data', (c) => console.log('object data', c));
  q.end({ a: [1] });
  await closed(q);
});

test('a Transform subclass with _final of its own still flushes', async () => {
  class Sub extends Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) { console.log('_flush'); cb(null, 'flushed'); }
    _final(cb) { console.log('_final'); cb(); }
  }
  const s = new Sub();
  watch(s, 's', ['data', 'end', 'finish', 'close']);
  s.end('x');
  await closed(s);
});

test('Duplex _construct runs once for both sides', async () => {
  let constructs = 0;
  const d = new Duplex({
    construct(cb) { constructs++; setImmediate(cb); },
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { console.log('_write', c.toString()); cb(); },
  });
  d.on('data', (c) => console.log('data', c.toString()));
  d.end('w');
  await closed(d);
  console.log('constructs', constructs);
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
