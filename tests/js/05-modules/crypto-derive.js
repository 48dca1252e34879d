// crypto: key derivation with fixed inputs (pbkdf2, scrypt, hkdf), sync
// and on the thread pool, and timingSafeEqual.
const crypto = require('crypto');

for (const digest of ['sha1', 'sha256', 'sha512']) {
  console.log('pbkdf2Sync', digest, crypto.pbkdf2Sync('password', 'salt', 1000, 32, digest).toString('hex'));
}
console.log('scryptSync', crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log('scrypt N', crypto.scryptSync('pw', 'NaCl', 16, { N: 1024, r: 8, p: 2 }).toString('hex'));
console.log('scrypt alias', crypto.scryptSync('pw', 'NaCl', 16, { cost: 1024, blockSize: 4, parallelization: 1 }).toString('hex'));
const ab = crypto.hkdfSync('sha256', 'input key', 'salt', 'info', 42);
console.log('hkdfSync', ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex'));
console.log('equal', crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
            crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
            crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
console.log('sync first');

// The pool forms, one after another (jobs on the pool finish in any order).
crypto.pbkdf2('pw', Buffer.from('salt'), 2000, 20, 'sha256', (err, key) => {
  console.log('pbkdf2', err, key.toString('hex'));
  crypto.scrypt('pw', 'salt', 24, (err, key) => {
    console.log('scrypt', err, key.toString('hex'));
    crypto.scrypt('pw', 'salt', 24, { N: 512 }, (err, key) => {
      console.log('scrypt opts', err, key.toString('hex'));
      crypto.hkdf('sha512', Buffer.from('k'), '', '', 10, (err, key) => {
        console.log('hkdf', err, Buffer.from(key).toString('hex'));
      });
    });
  });
});
