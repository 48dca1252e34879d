// toString(encoding, start, end), slice and subarray: ranges, negative and
// odd indexes, and memory shared with the original.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const b = Buffer.from('hello world');
show('toString()', () => b.toString());
show('toString(undefined, 6)', () => b.toString(undefined, 6));
for (const [start, end] of [[0, 5], [6, undefined], [-3, 2], [3, 100], [5, 2], [1.7, 4.2],
                            ['2', '4'], [NaN, 3], [null, null], [2, -1], [11, 12], [Infinity, 1]]) {
  show(`toString('utf8', ${start}, ${end})`, () => b.toString('utf8', start, end));
}
show('toString hex range', () => b.toString('hex', 1, 3));
show('toString base64 range', () => b.toString('base64', 0, 4));
show('toLocaleString', () => b.toLocaleString());
show('String(buf)', () => String(b));
show('template', () => `${Buffer.from('x')}`);

for (const [start, end] of [[0, 5], [6], [-5], [-5, -2], [3, 1], [100], [1.5, 3.9], ['1', '3'],
                            [NaN, 2], [undefined, 4], [-100, 2]]) {
  show(`slice(${start}, ${end})`, () => b.slice(start, end).toString());
  show(`subarray(${start}, ${end})`, () => b.subarray(start, end).toString());
}
const part = b.slice(0, 5);
part[0] = 0x4a;
show('slice shares memory', () => [b.toString(), part instanceof Buffer, part.buffer === b.buffer]);
const sub = b.subarray(6);
sub[0] = 0x57;
show('subarray shares memory', () => [b.toString(), sub.constructor.name]);

// Methods a Buffer inherits from Uint8Array make Buffers too (Symbol.species).
show('map', () => b.map((x) => x + 1));
show('filter', () => b.filter((x) => x > 0x6c));
show('Uint8Array slice copies', () => Uint8Array.prototype.slice.call(b, 0, 2));
show('species', () => Buffer[Symbol.species] === Buffer);
show('slice on Uint8Array', () => Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1));
