// crypto.pbkdf2 on the pool, pbkdf2Sync here: the same key either way.
const crypto = require('crypto');
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function main() {
  // RFC 6070's first vectors (HMAC-SHA1), and SHA-256.
  console.log('sha1 1', hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')));
  console.log('sha1 2', hex(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1')));
  console.log('sha1 4096', hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')));
  const sync = crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256');
  console.log('sync', sync.constructor === Uint8Array || sync instanceof Uint8Array, sync.length, hex(sync));
  await new Promise((resolve) => crypto.pbkdf2('password', 'salt', 1000, 32, 'sha256', (err, key) => {
    console.log('async', err, key.length, hex(key) === hex(sync));
    resolve();
  }));
  console.log('bytes in', hex(crypto.pbkdf2Sync(new Uint8Array([112, 119]), new ArrayBuffer(4), 1, 8, 'sha512')));
  console.log('keylen 0', crypto.pbkdf2Sync('p', 's', 1, 0, 'sha256').length);
  console.log('upper case digest', hex(crypto.pbkdf2Sync('p', 's', 1, 4, 'SHA256')));

  const attempt = (label, fn) => {
    try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
  };
  const noop = () => {};
  attempt('unknown digest', () => crypto.pbkdf2('pw', 'salt', 1, 16, 'nope', noop));
  attempt('unknown digest sync', () => crypto.pbkdf2Sync('pw', 'salt', 1, 16, 'nope'));
  attempt('iterations 0', () => crypto.pbkdf2('pw', 'salt', 0, 16, 'sha256', noop));
  attempt('iterations type', () => crypto.pbkdf2('pw', 'salt', 'x', 16, 'sha256', noop));
  attempt('iterations huge', () => crypto.pbkdf2Sync('pw', 'salt', 2 ** 40, 16, 'sha256'));
  attempt('keylen negative', () => crypto.pbkdf2('pw', 'salt', 1, -1, 'sha256', noop));
  attempt('keylen fraction', () => crypto.pbkdf2('pw', 'salt', 1, 1.5, 'sha256', noop));
  attempt('no callback', () => crypto.pbkdf2('pw', 'salt', 1, 16, 'sha256'));
  attempt('no digest', () => crypto.pbkdf2('pw', 'salt', 1, 16, noop));
  attempt('password type', () => crypto.pbkdf2(5, 'salt', 1, 16, 'sha256', noop));
  attempt('salt type', () => crypto.pbkdf2Sync('pw', {}, 1, 16, 'sha256'));
}
main();
