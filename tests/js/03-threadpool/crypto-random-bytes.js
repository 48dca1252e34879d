// crypto.randomBytes: on the pool with a callback, here without one.
const crypto = require('crypto');

const sync = crypto.randomBytes(16);
console.log('sync', sync instanceof Uint8Array, sync.length);
console.log('different', Array.from(sync).join() !== Array.from(crypto.randomBytes(16)).join());
console.log('empty', crypto.randomBytes(0).length, 'fraction', crypto.randomBytes(2.7).length);
crypto.randomBytes(32, (err, bytes) => {
  console.log('callback', err, bytes instanceof Uint8Array, bytes.length);
  const attempt = (label, fn) => {
    try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
  };
  attempt('negative', () => crypto.randomBytes(-1));
  attempt('too big', () => crypto.randomBytes(2 ** 40));
  attempt('NaN', () => crypto.randomBytes(NaN));
  attempt('type', () => crypto.randomBytes('x'));
  attempt('callback type', () => crypto.randomBytes(1, 5));
});
console.log('callback comes later');
