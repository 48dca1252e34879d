// zlib's convenience functions on the pool, and their *Sync twins.
//
// Node links its own copy of zlib and this runtime the system's: the two may
// compress to different bytes, so the script prints what both must agree
// on: round trips, the gzip header, and the errors.
const zlib = require('zlib');
const text = (bytes) => String.fromCharCode(...bytes);
const call = (fn, ...args) => new Promise((resolve) => fn(...args, (...results) => resolve(results)));

async function main() {
  const input = 'hello, pool! '.repeat(50);
  const gzipped = zlib.gzipSync(input);
  console.log('gzip header', Array.from(gzipped.subarray(0, 10)), gzipped.length < input.length);
  console.log('round trip sync', text(zlib.gunzipSync(gzipped)) === input);
  const [err, packed] = await call(zlib.gzip, input);
  console.log('gzip callback', err, packed instanceof Uint8Array, text(zlib.gunzipSync(packed)) === input);
  const [err2, unpacked] = await call(zlib.gunzip, gzipped);
  console.log('gunzip callback', err2, text(unpacked) === input);

  for (const [pack, unpack] of [['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'],
                                ['gzip', 'unzip'], ['deflate', 'unzip']]) {
    const [e1, compressed] = await call(zlib[pack], input);
    const [e2, back] = await call(zlib[unpack], compressed);
    console.log(pack, unpack, e1, e2, text(back) === input,
                text(zlib[unpack + 'Sync'](zlib[pack + 'Sync'](input))) === input);
  }
  console.log('levels', text(zlib.gunzipSync(zlib.gzipSync(input, { level: 0 }))) === input,
              zlib.gzipSync(input, { level: 0 }).length > zlib.gzipSync(input, { level: 9 }).length);
  console.log('inputs', text(zlib.gunzipSync(zlib.gzipSync(new Uint16Array([0x6968])))),
              text(zlib.gunzipSync(zlib.gzipSync(new Uint8Array([104, 105]).buffer))),
              text(zlib.inflateSync(zlib.deflateSync(new DataView(new Uint8Array([111, 107]).buffer)))));
  console.log('empty', zlib.gunzipSync(zlib.gzipSync('')).length);
  const two = new Uint8Array([...zlib.gzipSync('ab'), ...zlib.gzipSync('cd')]);
  console.log('two members', text(zlib.gunzipSync(two)));
  console.log('zero padding', text(zlib.gunzipSync(new Uint8Array([...zlib.gzipSync('ab'), 0, 0]))));

  // Corrupt input.
  const show = (label, e) => console.log(label, e.message, e.code, e.errno);
  show('garbage', (await call(zlib.gunzip, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])))[0]);
  show('empty', (await call(zlib.gunzip, new Uint8Array(0)))[0]);
  show('truncated', (await call(zlib.gunzip, gzipped.subarray(0, gzipped.length - 4)))[0]);
  show('wrong format', (await call(zlib.inflate, gzipped))[0]);
  try { zlib.gunzipSync('not gzip at all'); } catch (e) { show('sync garbage', e); }
  try { zlib.gunzipSync(new Uint8Array([...zlib.gzipSync('ab'), 122, 122])); } catch (e) { show('trailing bytes', e); }

  const attempt = (label, fn) => {
    try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
  };
  attempt('chunk type', () => zlib.gzip(5, () => {}));
  attempt('buffer type sync', () => zlib.gzipSync(5));
  attempt('no callback', () => zlib.gzip('x'));
  attempt('level range', () => zlib.gzip('x', { level: 12 }, () => {}));
  attempt('level type', () => zlib.gzipSync('x', { level: 'a' }));
}
main();
