'use strict';
// zlib's stream classes: Gzip, Gunzip, Deflate, Inflate, DeflateRaw,
// InflateRaw and Unzip as Transform streams. Input written in pieces comes
// back whole and equal to the one-shot result; output is produced while the
// input still arrives; flush() pushes what zlib holds; corrupt and truncated
// input fail with zlib's message, errno and code; concatenated gzip members
// are all read; a dictionary must be given back to inflate.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const input = Buffer.alloc(200 * 1024);
for (let i = 0; i < input.length; i++) input[i] = (i * 7 + (i >> 9)) & 0xff;

// Writes `data` in 10 KiB pieces, calls back with the whole output.
function run(stream, data, callback) {
  const out = [];
  stream.on('data', (chunk) => out.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(out)));
  stream.on('error', (err) => callback(err));
  for (let i = 0; i < data.length; i += 10240) stream.write(data.subarray(i, i + 10240));
  stream.end();
}

for (const [Compress, Decompress, oneShot] of [
  [zlib.Gzip, zlib.Gunzip, zlib.gunzipSync],
  [zlib.Deflate, zlib.Inflate, zlib.inflateSync],
  [zlib.DeflateRaw, zlib.InflateRaw, zlib.inflateRawSync],
  [zlib.Gzip, zlib.Unzip, zlib.unzipSync],
  [zlib.Deflate, zlib.Unzip, zlib.unzipSync],
]) {
  const compressor = new Compress({ level: 6 });
  assert.ok(compressor instanceof require('stream').Transform);
  run(compressor, input, common.mustSucceed((packed) => {
    assert.ok(packed.length < input.length);
    assert.ok(oneShot(packed).equals(input));
    assert.strictEqual(compressor.bytesWritten, input.length);
    run(new Decompress(), packed, common.mustSucceed((unpacked) => {
      assert.ok(unpacked.equals(input));
    }));
  }));
}

// The same bytes as the one-shot function for the same options.
run(zlib.createGzip(), Buffer.from('same bytes'), common.mustSucceed((packed) => {
  assert.ok(packed.equals(zlib.gzipSync('same bytes')));
}));

// Output arrives before the end: a small chunkSize makes many pieces.
let pieces = 0;
const small = zlib.createDeflate({ chunkSize: 64, level: 0 });
small.on('data', () => pieces++);
run(small, input.subarray(0, 4096), common.mustSucceed((packed) => {
  assert.ok(pieces > 4096 / 64);
  assert.ok(zlib.inflateSync(packed).equals(input.subarray(0, 4096)));
}));

// flush(): what was written so far comes out, and inflates, before the end.
const flushing = zlib.createGzip();
const seen = [];
flushing.on('data', (chunk) => seen.push(chunk));
flushing.write('first part, ');
flushing.flush(common.mustCall(() => {
  // A gunzip told not to expect the end reads what was flushed.
  run(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }), Buffer.concat(seen),
      common.mustSucceed((sofar) => assert.strictEqual(sofar.toString(), 'first part, ')));
  flushing.end('second part');
  flushing.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.gunzipSync(Buffer.concat(seen)).toString(), 'first part, second part');
  }));
}));

// Errors: corrupt input, a truncated stream, a missing dictionary.
run(zlib.createGunzip(), Buffer.from('not gzip at all'), common.mustCall((err) => {
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
}));
run(zlib.createGunzip(), zlib.gzipSync(input).subarray(0, 500), common.mustCall((err) => {
  assert.strictEqual(err.message, 'unexpected end of file');
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.errno, -5);
}));
const dictionary = Buffer.from('hello world');
run(zlib.createDeflate({ dictionary }), Buffer.from('hello world hello world'),
    common.mustSucceed((packed) => {
      run(zlib.createInflate({ dictionary }), packed, common.mustSucceed((text) => {
        assert.strictEqual(text.toString(), 'hello world hello world');
      }));
      run(zlib.createInflate(), packed, common.mustCall((err) => {
        assert.strictEqual(err.message, 'Missing dictionary');
        assert.strictEqual(err.code, 'Z_NEED_DICT');
      }));
    }));

// Two gzip members one after the other read as one text.
run(zlib.createGunzip(), Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')]),
    common.mustSucceed((text) => assert.strictEqual(text.toString(), 'abcd')));

// In a pipeline, with backpressure from a slow writer.
const received = [];
pipeline(
  Readable.from([input.subarray(0, 100000), input.subarray(100000)]),
  zlib.createGzip(),
  zlib.createGunzip(),
  new Writable({
    highWaterMark: 1024,
    write(chunk, encoding, callback) {
      received.push(chunk);
      setImmediate(callback);
    },
  }),
  common.mustSucceed(() => assert.ok(Buffer.concat(received).equals(input))),
);

// Options are checked.
assert.throws(() => zlib.createGzip({ level: 10 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.createGzip({ chunkSize: 8 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.createDeflate({ dictionary: 'text' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(zlib.constants.Z_SYNC_FLUSH, 2);
// windowBits 0: an inflater takes the window size from the stream's header.
run(zlib.createInflate({ windowBits: 0 }), zlib.deflateSync('window'),
    common.mustSucceed((text) => assert.strictEqual(text.toString(), 'window')));
assert.throws(() => zlib.createDeflate({ windowBits: 0 }), { code: 'ERR_OUT_OF_RANGE' });
