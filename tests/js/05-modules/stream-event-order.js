// Where exactly streams defer their events: each case logs the stream's
// events among markers queued with process.nextTick, queueMicrotask and
// setImmediate, so the recorded order pins down which events are emitted
// synchronously, which on the next tick, and which later.
'use strict';
const { Readable, Writable, PassThrough, Duplex, finished } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
const log = (...args) => console.log(...args);

function markers(tag) {
  log(`${tag}: sync`);
  process.nextTick(() => log(`${tag}: tick 1`));
  queueMicrotask(() => log(`${tag}: microtask`));
  process.nextTick(() => process.nextTick(() => log(`${tag}: tick 2`)));
  setImmediate(() => log(`${tag}: immediate`));
}

function watchAll(s, tag) {
  for (const ev of ['readable', 'data', 'end', 'prefinish', 'finish', 'drain', 'error', 'close',
    'pause', 'resume', 'pipe', 'unpipe']) {
    s.on(ev, () => log(`${tag} ${ev}`));
  }
}

test('Readable: on(data) then push and end', async () => {
  const r = new Readable({ read() {} });
  r.on('data', (c) => log('data', String(c)));
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  r.on('resume', () => log('resume'));
  r.push('a');
  r.push(null);
  markers('after push');
});

test('Readable: push while flowing, outside _read', async () => {
  const r = new Readable({ read() {} });
  r.on('data', (c) => log('data', String(c)));
  await settle();
  log('push x');
  r.push('x');
  log('pushed x');
  r.push(null);
  markers('after push(null)');
});

test('Readable: readable listener', async () => {
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    log('readable');
    let c;
    while ((c = r.read()) !== null) log('read', String(c));
  });
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  r.push('p');
  markers('after push');
  await settle();
  r.push(null);
  markers('after push(null)');
});

test('Writable: write, end, finish, close', async () => {
  const w = new Writable({ write(c, e, cb) { log('_write'); cb(); } });
  watchAll(w, 'w');
  w.write('a', () => log('write cb'));
  w.end(() => log('end cb'));
  markers('after end');
});

test('Writable: asynchronous write callback', async () => {
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(() => { log('cb now'); cb(); }); } });
  watchAll(w, 'w');
  w.write('a', () => log('write cb'));
  w.end();
  markers('after end');
  await new Promise((resolve) => w.on('close', resolve));
});

test('destroy with and without error', async () => {
  const a = new Readable({ read() {} });
  watchAll(a, 'a');
  a.destroy();
  markers('after destroy()');
  await settle();
  const b = new Writable({ write(c, e, cb) { cb(); } });
  watchAll(b, 'b');
  b.destroy(new Error('x'), () => log('destroy cb'));
  markers('after destroy(err)');
});

test('Duplex: both sides end', async () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  watchAll(d, 'd');
  d.resume();
  d.push(null);
  d.end('w');
  markers('after both');
});

test('PassThrough: write then read', async () => {
  const p = new PassThrough();
  watchAll(p, 'p');
  p.write('x', () => log('write cb'));
  p.end();
  markers('after end');
  await settle();
  p.resume();
  markers('after resume');
});

test('pipe: events on both ends', async () => {
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  watchAll(src, 'src');
  watchAll(dst, 'dst');
  src.pipe(dst);
  src.push('z');
  src.push(null);
  markers('after pipe');
  await settle();
  dst.resume();
});

test('finished callbacks relative to the events', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => log('finish'));
  w.on('close', () => log('close'));
  finished(w, () => log('finished callback'));
  w.end();
  markers('after end');
});

test('_construct with a write and a read waiting', async () => {
  const d = new Duplex({
    construct(cb) { log('_construct'); process.nextTick(() => { log('construct done'); cb(); }); },
    read() { log('_read'); this.push(null); },
    write(c, e, cb) { log('_write'); cb(); },
  });
  watchAll(d, 'd');
  d.write('early');
  d.resume();
  markers('after constructor');
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
