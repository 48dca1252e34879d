// crypto.createHash: update() and digest() on the loop thread.
const crypto = require('crypto');
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

for (const algorithm of ['sha256', 'sha1', 'md5', 'sha512', 'sha384', 'SHA256', 'RSA-SHA256']) {
  console.log(algorithm, crypto.createHash(algorithm).update('abc').digest('hex'));
}
console.log('empty', crypto.createHash('sha256').digest('hex'));
const chained = crypto.createHash('sha256').update('a').update(new Uint8Array([98])).update('63', 'hex');
console.log('chained', chained.digest('base64'));
console.log('digest bytes', hex(crypto.createHash('md5').update('x').digest()));
console.log('unknown digest encoding gives bytes', hex(crypto.createHash('md5').update('x').digest('nope')));
for (const encoding of ['hex', 'base64', 'base64url', 'latin1']) {
  console.log('output', encoding, JSON.stringify(crypto.createHash('sha1').update('x').digest(encoding)));
}
console.log('input base64', crypto.createHash('sha1').update('eA==', 'base64').digest('hex'));
console.log('input latin1', crypto.createHash('sha1').update('é', 'latin1').digest('hex'));
console.log('input utf8', crypto.createHash('sha1').update('é').digest('hex'));
console.log('input unknown encoding is utf8', crypto.createHash('sha1').update('é', 'nope').digest('hex'));
console.log('DataView', crypto.createHash('sha1').update(new DataView(new Uint8Array([120]).buffer)).digest('hex'));
console.log('large', crypto.createHash('sha256').update('x'.repeat(1e6)).digest('hex'));

const attempt = (label, fn) => {
  try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const used = crypto.createHash('sha256');
used.digest();
attempt('digest twice', () => used.digest());
attempt('update after digest', () => used.update('x'));
attempt('unknown algorithm', () => crypto.createHash('nope'));
attempt('algorithm type', () => crypto.createHash(5));
attempt('data type', () => crypto.createHash('sha1').update(5));
attempt('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
