// stream.pipeline and stream.finished, callback and promise forms: success,
// errors in any member (every other member destroyed), premature close,
// generators as members, AbortSignal, and finished() on streams already done.
'use strict';
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = require('stream');
const promises = require('stream/promises');

const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
const desc = (err) => (err ? `${err.name} ${err.code || ''} ${err.message}` : String(err));

function collector() {
  const w = new Writable({ objectMode: true, write(c, e, cb) { this.items.push(String(c)); cb(); } });
  w.items = [];
  return w;
}

test('pipeline of three streams', async () => {
  const out = collector();
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  await new Promise((resolve) => {
    const ret = pipeline(Readable.from(['a', 'b']), upper, out, (err, val) => {
      console.log('callback', desc(err), val, out.items);
      resolve();
    });
    console.log('returns the last stream', ret === out);
  });
});

test('an error in the middle destroys every member', async () => {
  const src = new Readable({ read() {} });
  const mid = new Transform({ transform(c, e, cb) { cb(new Error('mid failed')); } });
  const dst = collector();
  for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
    s.on('close', () => console.log(name, 'close, destroyed', s.destroyed));
  }
  await new Promise((resolve) => {
    pipeline(src, mid, dst, (err) => {
      console.log('callback', desc(err));
      resolve();
    });
    src.push('x');
  });
  console.log('dst errored', desc(dst.errored));
});

test('the source destroyed: premature close', async () => {
  const src = new Readable({ read() {} });
  await new Promise((resolve) => {
    pipeline(src, new PassThrough(), collector(), (err) => {
      console.log('callback', desc(err));
      resolve();
    });
    src.destroy();
  });
});

test('generators as source, transform and destination', async () => {
  await new Promise((resolve) => {
    pipeline(
      function* source() { yield 1; yield 2; yield 3; },
      async function* double(source) { for await (const x of source) yield x * 2; },
      async function sink(source) {
        let sum = 0;
        for await (const x of source) sum += x;
        return sum;
      },
      (err, value) => {
        console.log('callback', desc(err), 'value', value);
        resolve();
      });
  });
});

test('a generator transform that throws', async () => {
  await new Promise((resolve) => {
    pipeline(Readable.from([1, 2]), async function* bad(src) {
      for await (const x of src) {
        if (x === 2) throw new Error('two is bad');
        yield x;
      }
    }, collector(), (err) => {
      console.log('callback', desc(err));
      resolve();
    });
  });
});

test('stream/promises pipeline resolves, rejects, and takes a signal', async () => {
  const out = collector();
  console.log('resolved with', await promises.pipeline(Readable.from(['p']), out), out.items);
  try {
    await promises.pipeline(Readable.from(['p']), new Writable({ write(c, e, cb) { cb(new Error('nope')); } }));
  } catch (err) {
    console.log('rejected', desc(err));
  }
  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = promises.pipeline(slow, collector(), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (err) {
    console.log('aborted', desc(err), 'source destroyed', slow.destroyed);
  }
});

test('pipeline argument errors', async () => {
  try { pipeline(Readable.from([]), () => {}); } catch (err) { console.log(desc(err)); }
  try { pipeline(Readable.from([]), collector()); } catch (err) { console.log(desc(err)); }
  try { pipeline(() => 5, collector(), () => {}); } catch (err) { console.log(desc(err)); }
});

test('finished on a readable, a writable and a duplex', async () => {
  const r = Readable.from(['x']);
  finished(r, (err) => console.log('readable finished', desc(err), 'ended', r.readableEnded));
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => console.log('writable finished', desc(err), 'finished', w.writableFinished));
  w.end('x');
  const d = new PassThrough();
  finished(d, (err) => console.log('duplex finished', desc(err)));
  d.end('y');
  await settle();
  d.resume();
  await settle();
});

test('finished: error, premature close, and options', async () => {
  const r = new Readable({ read() {} });
  finished(r, (err) => console.log('error case', desc(err)));
  r.destroy(new Error('boom'));
  const r2 = new Readable({ read() {} });
  finished(r2, (err) => console.log('premature', desc(err)));
  r2.destroy();
  const d = new PassThrough();
  finished(d, { readable: false }, (err) => console.log('writable side only', desc(err)));
  d.end('z');
  const e = new Readable({ read() {} });
  finished(e, { error: false }, (err) => console.log('error: false sees the close', desc(err)));
  e.on('error', () => {});
  e.destroy(new Error('ignored'));
  await settle();
  await settle();
});

test('finished on a stream that is already done', async () => {
  const r = Readable.from([]);
  r.resume();
  await new Promise((resolve) => r.on('close', resolve));
  finished(r, (err) => console.log('already closed', desc(err)));
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w.end();
  await new Promise((resolve) => w.on('finish', resolve));
  finished(w, (err) => console.log('already finished', desc(err)));
  await settle();
});

test('finished returns a cleanup function; the promise form', async () => {
  const r = new Readable({ read() {} });
  const cleanup = finished(r, () => console.log('never'));
  cleanup();
  r.destroy();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const p = promises.finished(w);
  w.end();
  console.log('promise resolves to', await p);
  const bad = new Readable({ read() {} });
  setImmediate(() => bad.destroy(new Error('rejects')));
  try { await promises.finished(bad); } catch (err) { console.log('promise rejects', desc(err)); }
});

test('finished with a signal', async () => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => console.log('signal', desc(err), desc(err.cause)));
  ac.abort(new Error('why'));
  await settle();
  r.destroy();
});

test('finished argument errors', async () => {
  try { finished({}, () => {}); } catch (err) { console.log(desc(err)); }
  try { finished(new PassThrough()); } catch (err) { console.log(desc(err)); }
});

(async () => {
  for (const [name, fn] of cases) {
    console.log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
