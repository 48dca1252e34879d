// crypto: ciphers with fixed keys and IVs: AES-CBC with and without
// padding, AES-GCM with AAD and tags, ChaCha20-Poly1305, CTR; encodings
// and streams; getCiphers and getCipherInfo.
const crypto = require('crypto');

const key32 = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const key16 = key32.subarray(0, 16);
const iv16 = Buffer.from('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf', 'hex');
const iv12 = iv16.subarray(0, 12);

function roundTrip(name, key, iv, text) {
  const c = crypto.createCipheriv(name, key, iv);
  const enc = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  const d = crypto.createDecipheriv(name, key, iv);
  const dec = d.update(enc, undefined, 'utf8') + d.final('utf8');
  console.log(name, enc.toString('hex'), dec === text);
}
for (const text of ['', 'a', 'exactly sixteen!', 'a longer message that spans blocks \u00e9\u20ac']) {
  roundTrip('aes-256-cbc', key32, iv16, text);
  roundTrip('aes-128-cbc', key16, iv16, text);
  roundTrip('aes-256-ctr', key32, iv16, text);
}
roundTrip('aes-128-ecb', key16, null, 'ecb has no iv');

// No padding: whole blocks only.
const np = crypto.createCipheriv('aes-128-cbc', key16, iv16).setAutoPadding(false);
console.log('nopad', np.update(Buffer.alloc(32, 7)).toString('hex'), np.final().length);

// Output encodings: hex, base64, and latin1 in and out.
const e = crypto.createCipheriv('aes-256-cbc', key32, iv16);
const b64 = e.update('text in base64', 'utf8', 'base64') + e.final('base64');
console.log('base64', b64);
const d = crypto.createDecipheriv('aes-256-cbc', key32, iv16);
console.log('back', d.update(b64, 'base64', 'utf8') + d.final('utf8'));

// GCM: AAD, tag, tampering.
function gcm(name, key, iv, aad, text, tagLength) {
  const options = tagLength ? { authTagLength: tagLength } : undefined;
  const c = crypto.createCipheriv(name, key, iv, options);
  if (aad) c.setAAD(Buffer.from(aad));
  const enc = Buffer.concat([c.update(text), c.final()]);
  const tag = c.getAuthTag();
  console.log(name, iv.length, enc.toString('hex'), tag.toString('hex'));
  const ok = crypto.createDecipheriv(name, key, iv, options);
  if (aad) ok.setAAD(Buffer.from(aad));
  ok.setAuthTag(tag);
  console.log('  decrypts', Buffer.concat([ok.update(enc), ok.final()]).toString());
  const bad = crypto.createDecipheriv(name, key, iv, options);
  if (aad) bad.setAAD(Buffer.from(aad + 'x'));
  bad.setAuthTag(tag);
  bad.update(enc);
  try { bad.final(); } catch (err) { console.log('  tampered:', err.message); }
}
gcm('aes-256-gcm', key32, iv12, 'header', 'secret message');
gcm('aes-128-gcm', key16, iv12, '', 'no aad');
gcm('aes-256-gcm', key32, iv16, 'long iv', 'iv of 16 bytes');
gcm('aes-256-gcm', key32, iv12, 'short tag', 'tag of 12', 12);
gcm('chacha20-poly1305', key32, iv12, 'aad', 'chacha message');

// Streams.
const cs = crypto.createCipheriv('aes-256-cbc', key32, iv16);
const parts = [];
cs.on('data', (chunk) => parts.push(chunk));
cs.on('end', () => console.log('stream', Buffer.concat(parts).toString('hex')));
cs.write('streamed ');
cs.end('data');

const ciphers = crypto.getCiphers();
console.log('getCiphers', ciphers.length, ciphers.includes('aes-256-gcm'),
            ciphers.includes('chacha20-poly1305'));
for (const n of ['aes-256-gcm', 'aes-128-cbc', 'chacha20-poly1305', 'aes-256-ecb', 'nope']) {
  console.log('info', n, JSON.stringify(crypto.getCipherInfo(n)));
}
