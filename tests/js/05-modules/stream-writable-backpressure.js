// Writable: write() returning false at the highWaterMark, 'drain', the
// order of write callbacks, cork/uncork with _writev, end() and 'finish',
// _final, _construct, and the state getters along the way.
'use strict';
const { Writable } = require('stream');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
const closed = (s) => new Promise((resolve) => s.on('close', resolve));

function watch(w, tag, events = ['drain', 'finish', 'prefinish', 'close', 'error']) {
  for (const ev of events) {
    w.on(ev, (arg) => console.log(`${tag} ${ev}${ev === 'error' ? ` ${arg.code || arg.message}` : ''}`));
  }
}

function states(w) {
  return `length=${w.writableLength} needDrain=${w.writableNeedDrain} ended=${w.writableEnded} ` +
    `finished=${w.writableFinished} writable=${w.writable} corked=${w.writableCorked} ` +
    `destroyed=${w.destroyed} closed=${w.closed}`;
}

test('asynchronous sink: backpressure and drain', async () => {
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, enc, cb) {
      console.log('_write', JSON.stringify(chunk.toString()), enc);
      setImmediate(cb);
    },
  });
  watch(w, 'w');
  for (const s of ['aaaa', 'bbbb', 'cc', 'dddd']) {
    console.log(`write ${s} ->`, w.write(s, () => console.log('cb', s)), states(w));
  }
  await new Promise((resolve) => w.once('drain', resolve));
  console.log('after drain:', states(w));
  w.end('zz', () => console.log('end cb'));
  console.log('after end:', states(w));
  await closed(w);
  console.log('closed:', states(w));
});

test('synchronous sink: callbacks wait a tick, batched', async () => {
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      console.log('_write', chunk.toString());
      cb();
    },
  });
  watch(w, 'w');
  const cb = () => console.log('shared cb');
  console.log(w.write('ab', cb), w.write('cd', cb), w.write('e', () => console.log('own cb')));
  console.log('sync part over:', states(w));
  process.nextTick(() => console.log('a nextTick queued after the writes'));
  await settle();
  w.end();
  await closed(w);
});

test('cork, uncork and _writev', async () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      console.log('_write', chunk.toString());
      cb();
    },
    writev(chunks, cb) {
      console.log('_writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join(' '),
                  'allBuffers', chunks.allBuffers);
      cb();
    },
  });
  w.cork();
  w.write('a');
  w.write('b', () => console.log('cb b'));
  w.cork();
  w.write('c');
  console.log(states(w));
  w.uncork();
  console.log('one uncork:', states(w));
  w.uncork();
  console.log('two uncorks:', states(w));
  await settle();
  w.write('alone');
  w.cork();
  w.write('x');
  w.write('y');
  w.end('z');
  console.log('end uncorks:', states(w));
  await closed(w);
});

test('decodeStrings false keeps strings, defaultEncoding', async () => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      console.log('_write', typeof chunk, JSON.stringify(chunk), enc);
      cb();
    },
  });
  w.write('text');
  w.write('6869', 'hex');
  w.write(Buffer.from('buf'));
  w.setDefaultEncoding('LATIN1');
  w.write('l1');
  const v = new Writable({
    defaultEncoding: 'base64',
    write(chunk, enc, cb) {
      console.log('_write', chunk.toString(), enc);
      cb();
    },
  });
  v.write('aGVsbG8=');
  v.write(new Uint8Array([65, 66]));
  await settle();
});

test('objectMode counts writes', async () => {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(obj, enc, cb) {
      console.log('_write', JSON.stringify(obj), enc);
      setImmediate(cb);
    },
  });
  console.log(w.writableObjectMode, w.writableHighWaterMark);
  console.log(w.write({ a: 1 }), w.write(2), w.write('three'), states(w));
  w.end();
  await closed(w);
});

test('_final runs before finish, and may be asynchronous', async () => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) {
      console.log('_final', states(this));
      setImmediate(() => {
        console.log('_final done');
        cb();
      });
    },
  });
  watch(w, 'w');
  w.write('x');
  w.end(() => console.log('end cb'));
  console.log('after end():', states(w));
  await closed(w);
});

test('_construct delays writes and _final', async () => {
  const w = new Writable({
    construct(cb) {
      console.log('_construct');
      setImmediate(() => {
        console.log('constructed');
        cb();
      });
    },
    write(chunk, enc, cb) {
      console.log('_write', chunk.toString());
      cb();
    },
    final(cb) {
      console.log('_final');
      cb();
    },
  });
  watch(w, 'w');
  console.log(w.write('early'), states(w));
  w.end();
  await closed(w);
});

test('end() with a chunk and a callback; end twice', async () => {
  const w = new Writable({ write(chunk, enc, cb) { console.log('_write', chunk.toString()); cb(); } });
  watch(w, 'w');
  w.end('last', 'utf8', () => console.log('end cb 1'));
  w.end(() => console.log('end cb 2'));
  await closed(w);
  w.end((err) => console.log('end after finish:', err.code));
  await settle();
});

test('writableNeedDrain and a write of zero bytes', async () => {
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(cb); } });
  console.log('empty write', w.write(''), states(w));
  console.log('one byte', w.write('x'), states(w));
  await new Promise((resolve) => w.once('drain', resolve));
  console.log('drained', states(w));
  w.destroy();
  await closed(w);
  console.log('destroyed', states(w));
});

test('highWaterMark 0: every write returns false', async () => {
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
  watch(w, 'w', ['drain']);
  console.log(w.write('a'), w.write('b'));
  await settle();
  w.destroy();
});

test('a subclass', async () => {
  class Collector extends Writable {
    constructor() {
      super({ highWaterMark: 4 });
      this.parts = [];
    }
    _write(chunk, enc, cb) {
      this.parts.push(chunk.toString());
      process.nextTick(cb);
    }
  }
  const c = new Collector();
  console.log(c instanceof Writable, c.write('12345'));
  c.end('6');
  await new Promise((resolve) => c.on('finish', resolve));
  console.log(c.parts);
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
