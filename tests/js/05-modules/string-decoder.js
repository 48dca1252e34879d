// StringDecoder: characters split across writes in utf8, utf16le (halves
// and surrogate pairs) and base64, end() flushing what is left, every
// encoding fed in pieces of several sizes, and bad arguments.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
console.log(JSON.stringify([d.write(euro.subarray(0,1)), d.write(euro.subarray(1,2)), d.write(euro.subarray(2)), d.end(Buffer.from([0xe2]))]));
const b = new StringDecoder('base64'); console.log(JSON.stringify([b.write(Buffer.from('ab')), b.write(Buffer.from('c')), b.write(Buffer.from('d')), b.end()]));
const u = new StringDecoder('utf16le'); const s = Buffer.from('😀', 'utf16le'); console.log(JSON.stringify([u.write(s.subarray(0,1)), u.write(s.subarray(1,3)), u.write(s.subarray(3)), u.end()]));
const u2 = new StringDecoder('utf16le'); console.log(JSON.stringify([u2.write(s.subarray(0,2)), u2.write(s.subarray(2)), u2.end()]));
const h = new StringDecoder('hex'); console.log(h.write(Buffer.from([1,255])), h.encoding, new StringDecoder().encoding, new StringDecoder('latin1').encoding, new StringDecoder('ucs2').encoding);
try { new StringDecoder('nope') } catch (e) { console.log(e.code, e.message) }
console.log(JSON.stringify(new StringDecoder('utf8').end(Buffer.from([0xf0, 0x9f]))));
console.log(JSON.stringify(new StringDecoder('utf8').write(Buffer.from([0xf0, 0x41]))));
const d3 = new StringDecoder('utf8'); console.log(JSON.stringify([d3.write(Buffer.from([0xf0])), d3.write(Buffer.from([0x41, 0x42]))]));
const text = 'héllo wörld 😀 € ✓'; const bytes = Buffer.from(text);
for (const size of [1, 2, 3, 5]) { const dec = new StringDecoder('utf8'); let out = ''; for (let i = 0; i < bytes.length; i += size) out += dec.write(bytes.subarray(i, i + size)); out += dec.end(); console.log(size, out === text); }
for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'utf16le']) { const data = Buffer.from(text, enc === 'utf16le' ? 'utf16le' : 'utf8'); for (const size of [1, 2, 4, 7]) { const dec = new StringDecoder(enc); let out = ''; for (let i = 0; i < data.length; i += size) out += dec.write(data.subarray(i, i + size)); out += dec.end(); console.log(enc, size, out === data.toString(enc)); } }
try { new StringDecoder().write(42) } catch (e) { console.log(e.code, e.message) }
console.log(new StringDecoder().write('already text'), new StringDecoder('utf8').write(new Uint8Array([104, 105])));
