// Readable: flowing and paused mode, 'readable' with read(n), pause/resume,
// the state getters along the way, and the order of the events.
'use strict';
const { Readable } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

function watch(r, tag, events = ['data', 'end', 'close', 'pause', 'resume', 'readable', 'error']) {
  for (const ev of events) {
    r.on(ev, (arg) => {
      let shown = '';
      if (ev === 'data') shown = ` ${JSON.stringify(Buffer.isBuffer(arg) ? arg.toString() : arg)}`;
      if (ev === 'error') shown = ` ${arg.code || arg.message}`;
      console.log(`${tag} ${ev}${shown}`);
    });
  }
}

function states(r) {
  return `flowing=${r.readableFlowing} length=${r.readableLength} ended=${r.readableEnded} ` +
    `paused=${r.isPaused()} readable=${r.readable} destroyed=${r.destroyed} closed=${r.closed}`;
}

test('flowing with data listener, pushed synchronously', async () => {
  const r = new Readable({ read() {} });
  console.log(states(r));
  watch(r, 'r', ['data', 'end', 'close', 'resume']);
  console.log('after on(data):', states(r));
  console.log('push a', r.push('a'));
  console.log('push b', r.push('b'));
  console.log('push null', r.push(null));
  console.log('sync done:', states(r));
  await settle();
  console.log('settled:', states(r));
});

test('pushes from _read, with highWaterMark 4', async () => {
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(size) {
      console.log('_read', size, 'n =', n);
      if (n++ < 3) console.log('push returns', this.push('xy'));
      else this.push(null);
    },
  });
  await settle();
  console.log('before consuming:', states(r));
  watch(r, 'r', ['data', 'end', 'close']);
  await settle();
});

test('paused mode with readable and read()', async () => {
  const r = new Readable({ read() {} });
  r.push('hello ');
  r.push('world');
  watch(r, 'r', ['end', 'close']);
  r.on('readable', () => {
    console.log('readable, length', r.readableLength);
    let chunk;
    while ((chunk = r.read()) !== null) console.log('read', JSON.stringify(chunk.toString()));
  });
  console.log(states(r));
  await settle();
  r.push(null);
  await settle();
});

test('read(n) takes exactly n bytes across chunks', async () => {
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push('defg');
  r.push('hi');
  console.log('read(2)', String(r.read(2)));
  console.log('read(3)', String(r.read(3)));
  console.log('read(10) before end', r.read(10));
  r.push(null);
  console.log('read(10) after end', String(r.read(10)));
  console.log('read() when empty', r.read());
  watch(r, 'r', ['end', 'close']);
  await settle();
});

test('read(n) above the mark raises highWaterMark to a power of 2', async () => {
  const r = new Readable({ highWaterMark: 4, read() {} });
  console.log('hwm', r.readableHighWaterMark);
  r.read(100);
  console.log('hwm after read(100)', r.readableHighWaterMark);
  r.read(1025);
  console.log('hwm after read(1025)', r.readableHighWaterMark);
  r.destroy();
  await settle();
});

test('pause and resume', async () => {
  const r = new Readable({ read() {} });
  watch(r, 'r', ['data', 'pause', 'resume', 'end']);
  r.pause();
  console.log('paused before data listener:', states(r));
  r.push('1');
  await settle();
  console.log('still paused:', states(r));
  r.resume();
  console.log('resume called:', states(r));
  await settle();
  r.push('2');
  r.pause();
  r.push('3');
  await settle();
  console.log('paused with data:', states(r));
  r.push(null);
  r.resume();
  await settle();
});

test('objectMode counts objects', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
  for (let i = 0; i < 17; i++) {
    const ok = r.push({ i });
    if (!ok) console.log('push returned false at', i, 'length', r.readableLength);
  }
  console.log('read()', r.read(), 'read(5)', r.read(5));
  console.log('push 0, false, empty string', r.push(0), r.push(false), r.push(''));
  const got = [];
  r.on('data', (x) => got.push(typeof x === 'object' ? x.i : x));
  r.push(null);
  await settle();
  console.log('got', JSON.stringify(got));
});

test('setEncoding decodes characters split across chunks', async () => {
  const r = new Readable({ read() {} });
  const euro = Buffer.from('\u20ac');
  r.push(euro.subarray(0, 1));
  r.setEncoding('utf8');
  console.log('encoding', r.readableEncoding, 'length', r.readableLength);
  r.push(euro.subarray(1));
  r.push(Buffer.from('ab'));
  r.push(null);
  watch(r, 'r', ['data', 'end']);
  await settle();
  const h = new Readable({ encoding: 'hex', read() {} });
  h.on('data', (s) => console.log('hex', typeof s, s));
  h.push(Buffer.from([1, 2, 255]));
  h.push(null);
  await settle();
});

test('unshift puts data back at the front', async () => {
  const r = new Readable({ read() {} });
  r.push('world');
  const first = r.read(2);
  r.unshift(first);
  r.unshift('hello ');
  console.log('length', r.readableLength);
  r.push(null);
  let all = '';
  r.on('data', (c) => { all += c; });
  r.on('end', () => console.log('all', JSON.stringify(all)));
  await settle();
});

test('readable listener removed: data listener takes over', async () => {
  const r = new Readable({ read() {} });
  const onReadable = () => console.log('readable fired');
  r.on('readable', onReadable);
  r.on('data', (c) => console.log('data', String(c)));
  console.log('flowing with both:', r.readableFlowing);
  r.push('x');
  await settle();
  r.removeListener('readable', onReadable);
  console.log('right after removal:', r.readableFlowing);
  await settle();
  console.log('a tick later:', r.readableFlowing);
  r.push('y');
  r.push(null);
  await settle();
});

test('end is only emitted once the data is consumed', async () => {
  const r = new Readable({ read() {} });
  watch(r, 'r', ['end', 'close']);
  r.push('data');
  r.push(null);
  await settle();
  console.log('nobody read:', states(r));
  r.read();
  console.log('after read():', states(r));
  await settle();
  console.log('settled:', states(r));
});

test('readable event for an empty stream that ends', async () => {
  const r = new Readable({ read() { this.push(null); } });
  watch(r, 'r', ['readable', 'end', 'close']);
  r.on('readable', () => console.log('read gives', r.read()));
  await settle();
  console.log(states(r));
});

test('async _read that pushes later', async () => {
  let i = 0;
  const r = new Readable({
    read() {
      setImmediate(() => this.push(i < 3 ? String(i++) : null));
    },
  });
  watch(r, 'r', ['data', 'end', 'close']);
  await new Promise((resolve) => r.on('close', resolve));
});

test('emitClose false and autoDestroy false', async () => {
  const a = new Readable({ emitClose: false, read() { this.push(null); } });
  watch(a, 'a', ['end', 'close']);
  a.resume();
  const b = new Readable({ autoDestroy: false, read() { this.push(null); } });
  watch(b, 'b', ['end', 'close']);
  b.resume();
  await settle();
  console.log('a destroyed', a.destroyed, 'b destroyed', b.destroyed);
});

test('data listener after pause() does not resume', async () => {
  const r = new Readable({ read() {} });
  r.pause();
  r.on('data', () => console.log('data (should not happen)'));
  r.push('x');
  await settle();
  console.log(states(r));
  r.destroy();
  await settle();
});

test('readableDidRead, readableAborted, isDisturbed', async () => {
  const { isDisturbed } = require('stream');
  const r = new Readable({ read() {} });
  console.log('before', r.readableDidRead, r.readableAborted, isDisturbed(r));
  r.push('x');
  r.read();
  console.log('after read', r.readableDidRead, r.readableAborted, isDisturbed(r));
  r.destroy();
  console.log('after destroy', r.readableDidRead, r.readableAborted, isDisturbed(r));
  await settle();
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
