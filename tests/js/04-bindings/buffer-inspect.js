// How console.log shows Buffers, on their own and inside other values.
const small = Buffer.from('hi');
console.log(small);
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(52, 3));
console.log([small, Buffer.from([255])]);
console.log({ payload: small, nested: { deeper: { buffer: small } } });
console.log('%o and %O', small, small);
console.log(`${small}`);

const tagged = Buffer.from('tag');
tagged.label = 'x';
tagged.count = 2;
console.log(tagged);
const emptyTagged = Buffer.alloc(0);
emptyTagged.note = true;
console.log(emptyTagged);
const nested = Buffer.from('n');
nested.inner = { a: [1, 2] };
console.log(nested);
console.log(small.inspect());
console.log(Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
console.log(new Uint8Array([1, 2]));
console.log(Buffer.from('x').subarray(0, 0));
const map = new Map([['k', small]]);
console.log(map);
console.log(new Set([small]));
class Bytes extends Uint8Array {}
console.log(Object.setPrototypeOf(Buffer.from('z'), Bytes.prototype));
