// Buffer.alloc, allocUnsafe, allocUnsafeSlow and Buffer.of, with the sizes
// and fills they accept or refuse.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

show('alloc(4)', () => Buffer.alloc(4));
show('alloc(0)', () => Buffer.alloc(0));
show('alloc(5, 1)', () => Buffer.alloc(5, 1));
show('alloc(5, 257)', () => Buffer.alloc(5, 257));
show('alloc(5, "ab")', () => Buffer.alloc(5, 'ab'));
show('alloc(5, "aGk=", "base64")', () => Buffer.alloc(5, 'aGk=', 'base64'));
show('alloc(4, "", )', () => Buffer.alloc(4, ''));
show('alloc(3, Buffer)', () => Buffer.alloc(3, Buffer.from([7, 8])));
show('alloc(3, Uint8Array)', () => Buffer.alloc(3, new Uint8Array([1])));
show('alloc(2, true)', () => Buffer.alloc(2, true));
show('alloc(2, "zz", "hex")', () => Buffer.alloc(2, 'zz', 'hex'));
show('alloc(2, "a", "nope")', () => Buffer.alloc(2, 'a', 'nope'));
show('alloc(2.5)', () => Buffer.alloc(2.5));
for (const size of [-1, '4', NaN, Infinity, 2 ** 53, null]) {
  show(`alloc(${String(size)})`, () => Buffer.alloc(size));
  show(`allocUnsafe(${String(size)})`, () => Buffer.allocUnsafe(size));
  show(`allocUnsafeSlow(${String(size)})`, () => Buffer.allocUnsafeSlow(size));
}
show('allocUnsafe length', () => Buffer.allocUnsafe(10).length);
show('allocUnsafeSlow length', () => Buffer.allocUnsafeSlow(10).length);

// Small unsafe buffers are cut from a shared pool, 8-byte aligned; large
// ones and alloc() get their own ArrayBuffer.
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(5);
show('pool shared', () => a.buffer === b.buffer);
show('pool aligned', () => (b.byteOffset - a.byteOffset) % 8 === 0);
show('pool size', () => [Buffer.poolSize, a.buffer.byteLength]);
show('alloc not pooled', () => Buffer.alloc(3).buffer.byteLength);
show('large not pooled', () => Buffer.allocUnsafe(5000).buffer.byteLength);
show('slow not pooled', () => Buffer.allocUnsafeSlow(3).buffer.byteLength);
show('from string pooled', () => Buffer.from('pool').buffer.byteLength);

show('Buffer.of', () => Buffer.of(1, 2, 300));
show('Buffer.of()', () => Buffer.of());
