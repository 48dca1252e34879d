// for await over a Readable, and Readable.from: chunk by chunk, errors
// thrown into the loop, break destroying the stream (or not, with
// destroyOnReturn: false), generators closed when their stream is destroyed.
'use strict';
const { Readable, PassThrough } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

test('Readable.from an array, a string, a Buffer, a Set', async () => {
  for (const source of [[1, 'two', { three: 3 }], 'a string is one chunk', Buffer.from('buf'),
    new Set(['s1', 's2'])]) {
    const items = [];
    for await (const x of Readable.from(source)) items.push(x);
    console.log(items);
  }
});

test('Readable.from a generator, an async generator, promises', async () => {
  function* gen() { yield 'g1'; yield 'g2'; }
  async function* agen() { yield 'a1'; await null; yield 'a2'; }
  const items = [];
  for await (const x of Readable.from(gen())) items.push(x);
  for await (const x of Readable.from(agen())) items.push(x);
  for await (const x of Readable.from([Promise.resolve('p1'), 'p2'])) items.push(x);
  console.log(items);
  const r = Readable.from([]);
  console.log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  const b = Readable.from(['x'], { objectMode: false, highWaterMark: 5 });
  console.log('options', b.readableObjectMode, b.readableHighWaterMark);
  b.destroy();
});

test('Readable.from argument errors and null values', async () => {
  try { Readable.from(42); } catch (err) { console.log(err.code, err.message); }
  const r = Readable.from([1, null, 2]);
  try {
    for await (const x of r) console.log('got', x);
  } catch (err) {
    console.log('loop threw', err.code, err.message);
  }
});

test('byte chunks buffered together come out as one; setEncoding gives strings', async () => {
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push('cd');
  r.push(null);
  for await (const chunk of r) console.log('chunk', Buffer.isBuffer(chunk), String(chunk));
  const s = new PassThrough();
  s.setEncoding('utf8');
  s.end(Buffer.from('\u00e9t\u00e9'));
  for await (const chunk of s) console.log('string chunk', typeof chunk, chunk);
});

test('break destroys the stream and closes the generator', async () => {
  function* numbers() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      console.log('generator finally');
    }
  }
  const r = Readable.from(numbers());
  r.on('close', () => console.log('close'));
  for await (const n of r) {
    console.log('n', n);
    if (n === 2) break;
  }
  console.log('after break: destroyed', r.destroyed);
  await settle();
});

test('destroyOnReturn: false leaves the stream usable', async () => {
  const r = Readable.from(['a', 'b', 'c']);
  for await (const x of r.iterator({ destroyOnReturn: false })) {
    console.log('first loop', x);
    break;
  }
  console.log('destroyed', r.destroyed);
  for await (const x of r) console.log('second loop', x);
});

test('an error on the stream is thrown into the loop', async () => {
  const r = new Readable({ read() {} });
  r.push('one');
  setImmediate(() => r.destroy(new Error('stream broke')));
  try {
    for await (const x of r) console.log('got', String(x));
  } catch (err) {
    console.log('caught', err.message, 'destroyed', r.destroyed);
  }
});

test('throwing inside the loop destroys the stream with that error', async () => {
  const r = Readable.from(['x', 'y']);
  r.on('error', (err) => console.log('error event', err.message));
  r.on('close', () => console.log('close'));
  try {
    for await (const x of r) throw new Error(`stop at ${x}`);
  } catch (err) {
    console.log('caught', err.message);
  }
  await settle();
  console.log('destroyed', r.destroyed, 'errored', r.errored && r.errored.message);
});

test('the iterator by hand', async () => {
  const r = Readable.from(['h1', 'h2']);
  const it = r[Symbol.asyncIterator]();
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log('it.stream is r', it.stream === r);
});

test('a slow producer', async () => {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() { setImmediate(() => this.push(i < 3 ? i++ : null)); },
  });
  const seen = [];
  for await (const x of r) seen.push(x);
  console.log(seen, r.readableEnded, r.destroyed);
});

test('iterating an old-style stream wraps it', async () => {
  const EE = require('events');
  const old = new EE();
  old.pipe = () => {};
  const it = Readable.prototype[Symbol.asyncIterator].call(old);
  setImmediate(() => {
    old.emit('data', 'legacy1');
    old.emit('data', 'legacy2');
    old.emit('end');
  });
  for await (const x of it) console.log('legacy', x);
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
