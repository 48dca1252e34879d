// Buffer.from() given arrays, typed arrays, ArrayBuffers, Buffers and the
// odd objects Node accepts; and what it refuses.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

show('array', () => Buffer.from([1, 2, 3]));
show('array wraps', () => Buffer.from([256, 257, -1, -129, 1.9, '7', 'x', null, undefined, true]));
show('empty array', () => Buffer.from([]));
show('array-like', () => Buffer.from({ length: 3, 0: 10, 1: 11, 2: 12 }));
show('array-like, length not a number', () => Buffer.from({ length: '3', 0: 1 }));
show('array-like, negative length', () => Buffer.from({ length: -2 }));
show('JSON form', () => Buffer.from({ type: 'Buffer', data: [104, 105] }));
show('JSON round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ok')))));
show('String object', () => Buffer.from(new String('str')));
show('valueOf string', () => Buffer.from({ valueOf() { return 'v'; } }));
show('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } }));
show('Float64Array', () => Buffer.from(new Float64Array([1.5, 300, -1])));
show('Uint16Array', () => Buffer.from(new Uint16Array([0x102, 0x304])));

// A Buffer or Uint8Array is copied: changing the copy leaves the original.
const original = Buffer.from('abc');
const copy = Buffer.from(original);
copy[0] = 0x7a;
show('copy is separate', () => [original.toString(), copy.toString()]);

// An ArrayBuffer is shared, not copied.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
new Uint8Array(ab)[2] = 9;
show('shares ArrayBuffer', () => [view, view.byteOffset, view.length, view.buffer === ab]);
show('ArrayBuffer, offset only', () => Buffer.from(ab, 6));
show('ArrayBuffer, offset as string', () => Buffer.from(ab, '6'));
show('ArrayBuffer, offset NaN', () => Buffer.from(ab, NaN).length);
show('ArrayBuffer, offset too big', () => Buffer.from(ab, 9));
show('ArrayBuffer, length too big', () => Buffer.from(ab, 2, 7));
show('ArrayBuffer, negative offset', () => Buffer.from(ab, -1));
show('SharedArrayBuffer', () => Buffer.from(new SharedArrayBuffer(2)));

// What Buffer.from refuses.
for (const bad of [5, null, undefined, true, Symbol('s'), () => 1, {}, 5n]) {
  show(`from ${typeof bad}`, () => Buffer.from(bad));
}
