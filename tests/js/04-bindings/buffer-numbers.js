// readUInt32LE and friends: every width and byte order, signed and
// unsigned, floats and BigInts, and the offsets and values they refuse.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xfe, 0xff, 0x80, 0x7f, 0x00, 0x10]);
for (const name of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE',
                    'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE',
                    'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
                    'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE']) {
  show(name, () => [b[name](), b[name](2)]);
}
for (const width of [1, 2, 3, 4, 5, 6]) {
  show(`readUIntLE/BE width ${width}`, () => [b.readUIntLE(1, width), b.readUIntBE(1, width)]);
  show(`readIntLE/BE width ${width}`, () => [b.readIntLE(3, width), b.readIntBE(3, width)]);
}
show('aliases', () => [b.readUint32LE === b.readUInt32LE, b.readUint8.name, b.readFloatLE.name]);

// Offsets: missing means 0; anything but an in-range integer is refused.
for (const offset of [undefined, 9, 10, -1, 1.5, '1', null, NaN, Infinity, 2 ** 40]) {
  show(`readUInt8(${String(offset)})`, () => b.readUInt8(offset));
  show(`readUInt32LE(${String(offset)})`, () => b.readUInt32LE(offset));
}
show('readUInt32LE on 3 bytes', () => Buffer.alloc(3).readUInt32LE(0));
show('readUIntLE no offset', () => b.readUIntLE());
show('readUIntLE width 0', () => b.readUIntLE(0, 0));
show('readUIntLE width 7', () => b.readUIntLE(0, 7));
show('readUIntLE width "2"', () => b.readUIntLE(0, '2'));
show('readUIntLE width 1.5', () => b.readUIntLE(0, 1.5));

// Writing returns the offset after the value.
function written(size, fn) {
  const w = Buffer.alloc(size);
  const end = fn(w);
  return [end, w];
}
show('writeUInt8', () => written(2, (w) => w.writeUInt8(255, 1)));
show('writeInt8 -1', () => written(1, (w) => w.writeInt8(-1)));
show('writeUInt16LE/BE', () => written(4, (w) => w.writeUInt16LE(0x1234) + w.writeUInt16BE(0x1234, 2)));
show('writeInt16BE -2', () => written(2, (w) => w.writeInt16BE(-2)));
show('writeUInt32LE', () => written(4, (w) => w.writeUInt32LE(0xdeadbeef)));
show('writeUInt32BE', () => written(4, (w) => w.writeUInt32BE(0xdeadbeef)));
show('writeInt32LE min', () => written(4, (w) => w.writeInt32LE(-0x80000000)));
show('writeUIntLE 6', () => written(6, (w) => w.writeUIntLE(0x123456789abc, 0, 6)));
show('writeUIntBE 5', () => written(5, (w) => w.writeUIntBE(0x123456789a, 0, 5)));
show('writeIntLE 6 negative', () => written(6, (w) => w.writeIntLE(-2, 0, 6)));
show('writeIntBE 3 negative', () => written(3, (w) => w.writeIntBE(-0x800000, 0, 3)));
show('writeIntLE -0.5 width 6', () => written(6, (w) => w.writeIntLE(-0.5, 0, 6)));
show('write fractions', () => written(4, (w) => w.writeUInt8(1.9) + w.writeInt8(-1.9, 1)));
show('write NaN', () => written(2, (w) => w.writeUInt16LE(NaN)));
show('write "7"', () => written(1, (w) => w.writeUInt8('7')));
show('writeFloatLE', () => written(4, (w) => w.writeFloatLE(1.5)));
show('writeFloatBE 1e40', () => written(4, (w) => w.writeFloatBE(1e40)));
show('writeDoubleLE', () => written(8, (w) => w.writeDoubleLE(-0.1)));
show('writeDoubleBE NaN', () => written(8, (w) => w.writeDoubleBE(NaN)));
show('writeBigUInt64LE', () => written(8, (w) => w.writeBigUInt64LE(0x0102030405060708n)));
show('writeBigInt64BE -1', () => written(8, (w) => w.writeBigInt64BE(-1n)));
show('float round trip', () => Buffer.from(written(4, (w) => w.writeFloatLE(0.1))[1]).readFloatLE());

// Values out of range, and offsets out of bounds.
show('writeUInt8 256', () => Buffer.alloc(1).writeUInt8(256));
show('writeInt8 -129', () => Buffer.alloc(1).writeInt8(-129));
show('writeUInt16LE -1', () => Buffer.alloc(2).writeUInt16LE(-1));
show('writeInt32BE 2**31', () => Buffer.alloc(4).writeInt32BE(2 ** 31));
show('writeUIntLE 2**48', () => Buffer.alloc(6).writeUIntLE(2 ** 48, 0, 6));
show('writeIntBE 5 bytes', () => Buffer.alloc(5).writeIntBE(2 ** 39, 0, 5));
show('writeUInt32LE offset 1', () => Buffer.alloc(4).writeUInt32LE(1, 1));
show('writeUInt8 offset "0"', () => Buffer.alloc(4).writeUInt8(1, '0'));
show('writeUInt16LE offset 1.5', () => Buffer.alloc(4).writeUInt16LE(1, 1.5));
show('writeUIntLE no offset', () => Buffer.alloc(4).writeUIntLE(1));
show('writeUIntLE width 9', () => Buffer.alloc(4).writeUIntLE(1, 0, 9));
show('writeDoubleLE offset 1', () => Buffer.alloc(8).writeDoubleLE(1, 1));
show('writeBigInt64LE 2n**63n', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
show('writeBigUInt64LE -1n', () => Buffer.alloc(8).writeBigUInt64LE(-1n));
show('writeBigUInt64LE number', () => Buffer.alloc(8).writeBigUInt64LE(5));
show('writeUInt32LE bigint', () => Buffer.alloc(4).writeUInt32LE(5n));
show('readUInt8 on a plain object', () => Buffer.prototype.readUInt8.call(new Uint8Array([9])));
