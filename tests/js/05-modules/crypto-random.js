// crypto: random numbers, by shape (lengths, ranges, formats), never by value.
const crypto = require('crypto');

console.log(crypto.randomBytes(0).length, crypto.randomBytes(33).length);
const b = Buffer.alloc(16);
crypto.randomFillSync(b, 4, 8);
console.log('fill middle', b.subarray(0, 4).toString('hex'), b.subarray(12).toString('hex'));
const u32 = new Uint32Array(8);
crypto.randomFillSync(u32, 2, 2);
console.log('typed', u32[0], u32[1], u32[4], u32[7]);
const ab = new ArrayBuffer(8);
console.log('arraybuffer', crypto.randomFillSync(ab) === ab);
const uuid = crypto.randomUUID();
console.log('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 9);
  if (n < 3 || n >= 9 || !Number.isInteger(n)) console.log('out of range', n);
  seen.add(n);
}
console.log('randomInt covers', [...seen].sort().join(','));
console.log('randomInt(1)', crypto.randomInt(1));
console.log('getRandomValues', crypto.getRandomValues(new Uint16Array(4)).length,
            crypto.webcrypto.getRandomValues(new Int32Array(3)).length);
console.log('global', globalThis.crypto === crypto.webcrypto,
            typeof globalThis.crypto.randomUUID(), globalThis.crypto.getRandomValues(new Uint8Array(5)).length);
console.log(Object.prototype.toString.call(globalThis.crypto));

// The callback forms, one after another (pool jobs finish in any order).
crypto.randomBytes(17, (err, buf) => {
  console.log('async', err, buf.length, Buffer.isBuffer(buf));
  crypto.randomFill(new Uint8Array(10), (err, a) => {
    console.log('randomFill', err, a.length);
    crypto.randomFill(Buffer.alloc(10), 5, (err, a) => {
      console.log('randomFill offset', a.subarray(0, 5).toString('hex'));
      crypto.randomInt(-5, -4, (err, n) => console.log('async int', err, n));
    });
  });
});
