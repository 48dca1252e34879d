// crypto: hashes and HMACs, every digest of getHashes(), encodings, copy(),
// and the streaming (Transform) face.
const crypto = require('crypto');

const hashes = crypto.getHashes();
console.log('getHashes', hashes.length, hashes.includes('sha256'), hashes.includes('RSA-SHA256'));
for (const name of hashes) {
  let line;
  try {
    line = crypto.createHash(name).update('The quick brown fox').digest('hex');
  } catch (e) {
    line = `${e.name}: ${e.message}`;
  }
  console.log(name, line);
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'buffer', undefined]) {
  const d = crypto.createHash('sha1').update('abc').digest(enc);
  console.log(enc, Buffer.isBuffer(d) ? d.toString('hex') : JSON.stringify(d));
}
// Inputs: strings in encodings, buffers, typed arrays, DataViews.
const h = crypto.createHash('sha256');
h.update('68656c6c6f', 'hex').update(' ').update(Buffer.from('wor')).update(new Uint8Array([108, 100]));
h.update(new DataView(new Uint8Array([33]).buffer)).update('w6k=', 'base64').update('\u00e9', 'latin1');
console.log('mixed', h.digest('hex'));
// copy(): a snapshot that goes on on its own.
const a = crypto.createHash('sha512').update('one');
const b = a.copy();
a.update('two');
console.log('copy', b.digest('hex').slice(0, 32), a.digest('hex').slice(0, 32));
console.log('shake256', crypto.createHash('shake256', { outputLength: 5 }).update('x').digest('hex'));
console.log('shake128 default', crypto.createHash('shake128').update('x').digest('hex'));
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha3-256']) {
  console.log('hmac', alg, crypto.createHmac(alg, 'secret key').update('message').digest('base64'));
}
console.log('hmac empty key', crypto.createHmac('sha256', '').update('m').digest('hex'));
console.log('hmac long key', crypto.createHmac('sha256', 'k'.repeat(300)).update('m').digest('hex'));
console.log('hmac buffer key', crypto.createHmac('sha1', Buffer.from([1, 2, 3])).digest('hex'));
const big = Buffer.alloc(3 * 1024 * 1024, 'abc');
console.log('3 MiB', crypto.createHash('sha256').update(big).digest('hex'));
// Streams: write in, read the digest out.
const s = crypto.createHash('md5');
s.on('readable', () => {
  const data = s.read();
  if (data) console.log('stream digest', data.toString('hex'));
});
s.write('hello ');
s.end('world');
const hm = crypto.createHmac('sha256', 'k');
hm.setEncoding('hex');
hm.on('data', (d) => console.log('hmac stream', d));
hm.end('data');
const { Readable } = require('stream');
Readable.from(['a', 'b', 'c']).pipe(crypto.createHash('sha1')).on('data', (d) => {
  console.log('piped', d.toString('hex'));
});
console.log(crypto.createHash('sha1') instanceof require('stream').Transform,
            crypto.createHash('sha1') instanceof crypto.Hash);
