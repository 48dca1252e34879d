// The class itself: prototype chain, statics, JSON, iteration, the old
// Buffer() constructor (a deprecation warning on stderr, not compared).
// stderr: ignore
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const b = Buffer.from('hey');
show('instanceof', () => [b instanceof Buffer, b instanceof Uint8Array, Buffer.isBuffer(b)]);
show('prototype chain', () => [Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
                               Object.getPrototypeOf(Buffer) === Uint8Array,
                               b.constructor === Buffer]);
show('names and lengths', () => [Buffer.name, Buffer.length, Buffer.from.length,
                                 Buffer.prototype.toString.length, Buffer.prototype.write.length,
                                 Buffer.alloc.length, Buffer.concat.length]);
show('global descriptor', () => {
  const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
  return [d.enumerable, d.configurable];
});
show('toJSON', () => b.toJSON());
show('JSON.stringify', () => JSON.stringify({ b }));
show('JSON empty', () => JSON.stringify(Buffer.alloc(0)));
show('spread', () => [...b]);
show('entries', () => [...b.entries()]);
show('for of', () => {
  let sum = 0;
  for (const byte of b) sum += byte;
  return sum;
});
show('length property', () => [b.length, b.byteLength]);
show('index out of range', () => [b[5], b[-1]]);
b[0] = 300;
show('index assignment wraps', () => b[0]);
show('parent/offset', () => [b.parent === b.buffer, b.offset === b.byteOffset]);
show('Buffer.poolSize', () => Buffer.poolSize);
show('species', () => Buffer[Symbol.species].name);
show('Buffer(5)', () => Buffer(5));
show('new Buffer("ab")', () => new Buffer('ab'));
show('Buffer(2, "utf8")', () => Buffer(2, 'utf8'));
show('new Buffer([1, 2])', () => new Buffer([1, 2]));
show('Object.keys', () => Object.keys(Buffer.from('xy')));
show('equals on object', () => {
  try {
    Buffer.prototype.equals.call({}, b);
  } catch (e) {
    return e instanceof TypeError;
  }
});
show('reverse', () => Buffer.from('abc').reverse());
show('sort', () => Buffer.from('cab').sort());
show('set', () => {
  const t = Buffer.alloc(4);
  t.set([1, 2], 1);
  return t;
});
show('typed array of buffer', () => new Uint16Array(Buffer.from([1, 0, 2, 0]).buffer, 0, 2).length);
