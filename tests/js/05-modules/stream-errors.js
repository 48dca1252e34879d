// The stream error codes, with Node's messages, and how each one reaches
// the program: thrown, passed to a callback, or emitted as 'error' (then
// 'close'). destroy(err), _destroy, autoDestroy off, errors in _write,
// _read, _final and _construct.
'use strict';
const { Readable, Writable, Duplex, Transform } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
const desc = (err) => (err ? `${err.name} [${err.code}] ${err.message}` : String(err));

function watch(s, tag) {
  s.on('error', (err) => console.log(`${tag} error ${desc(err)}`));
  s.on('close', () => console.log(`${tag} close`));
}

test('thrown synchronously', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const attempts = [
    () => w.write(null),
    () => w.write(42),
    () => w.write({}),
    () => w.write('x', 'no-such-encoding'),
    () => new Writable().write('x'),
    () => new Transform().write('x'),
    () => w.setDefaultEncoding('nope'),
    () => new Readable().read(2 ** 31),
    () => new Readable({ highWaterMark: -1 }),
    () => new Readable({ highWaterMark: 'big' }),
    () => new Duplex({ writableHighWaterMark: 1.5 }),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
      console.log('no throw');
    } catch (err) {
      console.log(desc(err));
    }
  }
});

test('write after end: callback first, then error, then close', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w, 'w');
  w.end();
  console.log('write returns', w.write('late', (err) => console.log('write cb', desc(err))));
  await settle();
});

test('write after destroy', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w, 'w');
  w.destroy();
  w.write('x', (err) => console.log('write cb', desc(err)));
  await settle();
});

test('push after EOF and unshift after end', async () => {
  const r = new Readable({ read() {} });
  watch(r, 'r');
  r.push(null);
  console.log('push returns', r.push('more'));
  await settle();
  const u = new Readable({ read() {} });
  watch(u, 'u');
  u.on('end', () => u.unshift('back'));
  u.resume();
  u.push(null);
  await settle();
});

test('push of a wrong type', async () => {
  const r = new Readable({ read() {} });
  watch(r, 'r');
  r.push(7);
  await settle();
});

test('_read not implemented', async () => {
  const r = new Readable();
  watch(r, 'r');
  r.read();
  await settle();
});

test('callback called twice', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  watch(w, 'w');
  w.write('x');
  await settle();
});

test('pipe from a Writable', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w, 'w');
  w.pipe(new Writable({ write(c, e, cb) { cb(); } }));
  await settle();
});

test('end after finish', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  await new Promise((resolve) => w.on('finish', resolve));
  w.end((err) => console.log('end cb', desc(err)));
  await settle();
});

test('destroy(err): error then close, once, even if destroyed again', async () => {
  const r = new Readable({ read() {} });
  watch(r, 'r');
  r.destroy(new Error('first'));
  r.destroy(new Error('second'));
  console.log('sync: destroyed', r.destroyed, 'errored', r.errored.message, 'closed', r.closed);
  await settle();
  console.log('later: closed', r.closed);
});

test('_destroy can replace or swallow the error', async () => {
  const a = new Readable({ read() {}, destroy(err, cb) { cb(new Error('replaced')); } });
  watch(a, 'a');
  a.destroy(new Error('original'));
  const b = new Readable({ read() {}, destroy(err, cb) { cb(); } });
  watch(b, 'b');
  b.destroy(new Error('swallowed?'));
  const c = new Writable({ write() {}, destroy(err, cb) { setImmediate(cb, err); } });
  watch(c, 'c');
  c.destroy(new Error('later'), (err) => console.log('destroy cb', desc(err)));
  await settle();
  console.log('b errored', b.errored && b.errored.message);
});

test('errors from _write, sync and async; pending writes fail too', async () => {
  const s = new Writable({ write(c, e, cb) { cb(new Error(`sync ${c}`)); } });
  watch(s, 's');
  s.write('a', (err) => console.log('cb a', desc(err)));
  s.write('b', (err) => console.log('cb b', desc(err)));
  await settle();
  const a = new Writable({ write(c, e, cb) { setImmediate(cb, new Error(`async ${c}`)); } });
  watch(a, 'a');
  a.write('1', (err) => console.log('cb 1', desc(err)));
  a.write('2', (err) => console.log('cb 2', desc(err)));
  a.end((err) => console.log('end cb', desc(err)));
  await settle();
  await settle();
});

test('errors from _final, _read and _construct', async () => {
  const f = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final')); } });
  watch(f, 'f');
  f.on('finish', () => console.log('finish (should not happen)'));
  f.end();
  const r = new Readable({ read() { throw new Error('read threw'); } });
  watch(r, 'r');
  r.resume();
  const c = new Readable({ construct(cb) { cb(new Error('construct')); }, read() {} });
  watch(c, 'c');
  await settle();
  await settle();
});

test('autoDestroy: false: error without destroy', async () => {
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('kept alive')); } });
  watch(w, 'w');
  w.write('x');
  await settle();
  console.log('destroyed', w.destroyed, 'errored', w.errored.message, 'writable', w.writable);
  w.destroy();
  await settle();
});

test('an unhandled stream error without listener becomes uncaught', async () => {
  process.once('uncaughtException', (err) => console.log('uncaught', desc(err)));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.write('x');
  await settle();
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
