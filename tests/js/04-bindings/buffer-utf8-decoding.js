// UTF-8 decoding against Node on thousands of byte sequences, valid and
// broken: truncated sequences, overlong forms, surrogates, bytes that can
// never appear. A pseudo-random generator with a fixed seed makes the same
// inputs everywhere; each result is folded into a checksum per class.
let seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed >>> 8;
}
// Bytes biased towards the interesting ones: lead bytes, continuations and
// the values around each boundary of the UTF-8 rules.
const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
                     0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5,
                     0xf8, 0xfe, 0xff];
function randomBytes(length) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    bytes[i] = next() % 3 === 0 ? next() & 0xff : interesting[next() % interesting.length];
  }
  return bytes;
}

function checksum(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i)) >>> 0;
  return sum;
}

const totals = { strings: 0, units: 0, replacements: 0, checksum: 0 };
for (let n = 0; n < 5000; n++) {
  const text = Buffer.from(randomBytes(next() % 24)).toString();
  totals.strings++;
  totals.units += text.length;
  totals.replacements += text.split('\ufffd').length - 1;
  totals.checksum = (totals.checksum * 7 + checksum(text)) >>> 0;
}
console.log(totals);

// Every code point class, encoded then decoded, round-trips.
const samples = ['', 'ascii', 'é', 'ÿ', 'Ā', '€', '\uffff', '𝄞', '\u{10ffff}', 'a\u0000b',
                 'ascii then é', 'x'.repeat(20) + '€' + 'y'.repeat(20)];
console.log(samples.map((s) => Buffer.from(s).toString() === s).join(' '));
// Lone surrogates become U+FFFD on the way in.
console.log(JSON.stringify(Buffer.from('\ud800x\udc00').toString()));
// Long inputs, to cross every internal buffer size.
const long = 'héllo wörld 😀 '.repeat(5000);
const longBuffer = Buffer.from(long);
console.log(longBuffer.length, longBuffer.toString() === long, checksum(longBuffer.toString('utf8', 3, 9999)));
const latin = 'é'.repeat(3000);
console.log(Buffer.from(latin).toString() === latin);
