// Buffer.concat and Buffer.byteLength, and the static helpers around them.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const a = Buffer.from('ab');
const c = Buffer.from('cde');
show('concat', () => Buffer.concat([a, c]));
show('concat Uint8Array', () => Buffer.concat([a, new Uint8Array([1, 2])]));
show('concat with length', () => Buffer.concat([a, c], 4));
show('concat longer length', () => Buffer.concat([a, c], 7));
show('concat empty', () => Buffer.concat([]));
show('concat one', () => Buffer.concat([a]) !== a);
show('concat not array', () => Buffer.concat('ab'));
show('concat bad item', () => Buffer.concat([a, 'cd']));
show('concat bad item number', () => Buffer.concat([a, 5]));
show('concat null item', () => Buffer.concat([a, null]));
show('concat length negative', () => Buffer.concat([a], -1));
show('concat length string', () => Buffer.concat([a], '2'));
show('concat length fraction', () => Buffer.concat([a], 1.5));

for (const [s, enc] of [['hello', undefined], ['héllo', 'utf8'], ['€', undefined], ['𝄞', 'utf8'],
                        ['hello', 'latin1'], ['hello', 'ascii'], ['hello', 'ucs2'],
                        ['hello', 'utf16le'], ['abcd', 'hex'], ['abc', 'hex'], ['aGk=', 'base64'],
                        ['aGk', 'base64'], ['aGk==', 'base64url'], ['', 'hex'],
                        ['hello', 'nope'], ['hello', 5], ['\ud800', undefined]]) {
  show(`byteLength(${JSON.stringify(s)}, ${enc})`, () => Buffer.byteLength(s, enc));
}
show('byteLength(Buffer)', () => Buffer.byteLength(Buffer.alloc(7)));
show('byteLength(ArrayBuffer)', () => Buffer.byteLength(new ArrayBuffer(9)));
show('byteLength(DataView)', () => Buffer.byteLength(new DataView(new ArrayBuffer(4))));
show('byteLength(Float64Array)', () => Buffer.byteLength(new Float64Array(2)));
show('byteLength(5)', () => Buffer.byteLength(5));
show('byteLength({})', () => Buffer.byteLength({}));

for (const e of ['utf8', 'UTF-8', 'hex', 'Base64', 'base64url', 'binary', 'ucs-2', 'utf-16le',
                 'latin1', 'ascii', 'utf9', '', null, undefined, 1]) {
  show(`isEncoding(${e})`, () => Buffer.isEncoding(e));
}
show('isBuffer', () => [Buffer.isBuffer(a), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'),
                        Buffer.isBuffer(null), Buffer.isBuffer(a.subarray(1))]);
