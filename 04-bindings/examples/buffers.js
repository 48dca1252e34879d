// Buffer: a Uint8Array with Node's methods, on memory V8 does not move.
const greeting = Buffer.from('héllo wörld');
console.log(greeting, greeting.length, 'bytes for', 'héllo wörld'.length, 'characters');
console.log('is a Uint8Array:', greeting instanceof Uint8Array);

// The same bytes, in each of Node's encodings.
for (const encoding of ['hex', 'base64', 'base64url', 'latin1']) {
  console.log(`${encoding.padEnd(9)} ${greeting.toString(encoding)}`);
}
console.log('back from hex:', Buffer.from('68c3a96c6c6f', 'hex').toString());
console.log('utf16le, two bytes a character:', Buffer.from('hi', 'utf16le'));

// slice() and subarray() share the memory; nothing is copied.
const word = greeting.subarray(0, 6);
word[0] = 0x48;  // 'H'
console.log('after changing the slice:', greeting.toString());

// Numbers in binary form, as network protocols and file formats write them.
const header = Buffer.alloc(8);
header.writeUInt32BE(0xcafebabe, 0);
header.writeUInt16LE(513, 4);
header.writeInt8(-1, 6);
console.log(header, header.readUInt32BE(0).toString(16), header.readUInt16LE(4), header.readInt8(6));

// Small unsafe buffers share one 8 KiB pool; Buffer.alloc() never does.
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
console.log('pooled together:', a.buffer === b.buffer, 'pool size:', a.buffer.byteLength);
console.log('alloc has its own memory:', Buffer.alloc(10).buffer.byteLength);

console.log(Buffer.concat([Buffer.from('one '), Buffer.from('two')]).toString(),
            Buffer.compare(Buffer.from('a'), Buffer.from('b')));
