// Buffer.from(string, encoding) and buf.toString(encoding) in every
// encoding Node knows, including the inputs each decoder has to forgive.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const samples = ['', 'hi', 'héllo wörld', '€', '𝄞 clef', 'a\u0000b', '\ud800 lone', 'x\udc00y'];
for (const s of samples) {
  const b = Buffer.from(s);
  show(`utf8 ${JSON.stringify(s)}`, () => [b, b.length, b.toString() === s]);
}
for (const enc of ['utf8', 'utf-8', 'UTF8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le',
                   'UTF-16LE', 'hex', 'base64', 'base64url']) {
  show(`hi€ as ${enc}`, () => Buffer.from('hi€', enc));
}

// latin1 and ascii keep the low byte of each code unit; ascii decoding
// clears the high bit.
show('latin1 ÿĀ', () => Buffer.from('ÿĀ', 'latin1'));
show('ascii decode', () => Buffer.from([0x68, 0xe9, 0xff]).toString('ascii'));
show('latin1 decode', () => Buffer.from([0x68, 0xe9, 0xff]).toString('latin1'));

// ucs2: two bytes per unit, an odd byte is dropped when decoding.
show('ucs2 decode odd', () => Buffer.from([0x68, 0, 0x69, 0, 0x6a]).toString('ucs2'));
show('ucs2 round trip', () => Buffer.from('a€𝄞', 'utf16le').toString('utf16le'));

// hex: pairs; decoding stops at the first pair that is not hex.
for (const h of ['00ff10', 'ABcd', 'abc', 'zz11', '11zz22', '1g', '', ' 12']) {
  show(`hex ${JSON.stringify(h)}`, () => Buffer.from(h, 'hex'));
}
show('hex encode', () => Buffer.from([0, 1, 127, 128, 255]).toString('hex'));

// base64: both alphabets, padding optional, junk and whitespace skipped,
// decoding stops at the first '='.
for (const t of ['aGk=', 'aGk', 'aGVsbG8gd29ybGQ=', 'aGVs bG8g\nd29y bGQ=', 'aG=k', '-_-_', '+/+/',
                 'YQ', 'YQ=', 'Y', '====', 'aGk=aGk=', '*aGk*', '']) {
  show(`base64 ${JSON.stringify(t)}`, () => Buffer.from(t, 'base64'));
}
for (let n = 0; n <= 5; n++) {
  const b = Buffer.from('abcde'.slice(0, n));
  show(`base64 encode ${n}`, () => [b.toString('base64'), b.toString('base64url')]);
}
show('base64url decode', () => Buffer.from('_-8', 'base64url'));

// Malformed UTF-8 decodes to U+FFFD, one per maximal bad subpart.
for (const bytes of [[0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9d, 0x84], [0xed, 0xa0, 0x80],
                     [0xc0, 0xaf], [0x61, 0x80, 0x62]]) {
  show(`utf8 decode ${bytes}`, () => JSON.stringify(Buffer.from(bytes).toString()));
}

// Unknown encodings.
show('from unknown encoding', () => Buffer.from('x', 'utf9'));
show('toString unknown encoding', () => Buffer.from('x').toString('nope'));
show('toString empty encoding', () => Buffer.from('x').toString(''));
show('toString null encoding', () => Buffer.from('x').toString(null));
show('from empty encoding', () => Buffer.from('x', ''));
show('from number encoding', () => Buffer.from('x', 5));
