// Random numbers: randomBytes, randomFill(Sync), randomInt, randomUUID and
// the Web Crypto getRandomValues. (Node: lib/internal/crypto/random.js.)
//
// Every byte comes from OpenSSL's generator (RAND_bytes), which the kernel
// seeds. The binding's randomFill is a stage 03 Job: with a callback it runs
// on the thread pool and the callback comes later; without one it runs here.
// The rest is arithmetic in JS: randomInt draws 48-bit numbers and throws
// away those that would bias the result; randomUUID sets the version-4 bits.
'use strict';

const { binding, Buffer, isAnyArrayBuffer } = require('internal/crypto/util');
const { validateFunction, validateNumber } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxRange = 2 ** 48 - 1;

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxInt32);
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buffer = Buffer.allocUnsafe(size);
  if (callback === undefined) {
    binding.randomFill(buffer, 0, size);
    return buffer;
  }
  binding.randomFill(buffer, 0, size, (error) => {
    if (error) callback(error);
    else callback(null, buffer);
  });
}

// The byte range [offset, offset + size) of `buf`, checked as Node does:
// offset and size count elements of a typed array, bytes of the rest.
function fillRange(buf, offset, size) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = buf.byteLength;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  if (Number.isNaN(offset) || offset > length || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${length}`, offset);
  }
  if (size === undefined) {
    size = length - offset;
  } else {
    validateNumber(size, 'size');
    size *= elementSize;
    if (Number.isNaN(size) || size < 0 || size > kMaxInt32) {
      throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxInt32}`, size);
    }
    if (size + offset > length) {
      throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
    }
  }
  return [offset, size];
}

function randomFillSync(buf, offset = 0, size = undefined) {
  const [start, count] = fillRange(buf, offset, size);
  binding.randomFill(buf, start, count);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const [start, count] = fillRange(buf, offset, size);
  binding.randomFill(buf, start, count, (error) => {
    if (error) callback(error);
    else callback(null, buf);
  });
}

// Six random bytes as an integer below 2^48.
function random48(bytes) {
  return bytes.readUIntBE(0, 6);
}

// randomInt([min, ]max[, callback]): uniform in [min, max).
function randomInt(min, max, callback) {
  const minNotGiven = typeof max === 'undefined' || typeof max === 'function';
  if (minNotGiven) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kMaxRange)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotGiven ? '' : ' - min'}`, `<= ${kMaxRange}`, range);
  }
  // The largest multiple of `range` below 2^48: draws at or above it would
  // make the low results likelier, so they are drawn again.
  const limit = 2 ** 48 - (2 ** 48 % range);
  if (callback === undefined) {
    for (;;) {
      const x = random48(randomBytes(6));
      if (x < limit) return min + (x % range);
    }
  }
  const draw = () => randomBytes(6, (error, bytes) => {
    if (error) return callback(error);
    const x = random48(bytes);
    if (x < limit) callback(undefined, min + (x % range));
    else draw();
  });
  draw();
}

const kHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;  // version 4
  b[8] = (b[8] & 0x3f) | 0x80;  // the RFC 4122 variant
  const h = (i) => kHex[b[i]];
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-` +
    `${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

const kIntegerArrays = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'BigInt64Array', 'BigUint64Array',
];

// Web Crypto's getRandomValues: an integer typed array of at most 64 KiB.
function getRandomValues(data) {
  const { DOMException } = require('internal/per_context/domexception');
  const tag = ArrayBuffer.isView(data) ? Object.prototype.toString.call(data).slice(8, -1) : '';
  if (!kIntegerArrays.includes(tag)) {
    throw new DOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  getRandomValues, randomBytes, randomFill, randomFillSync, randomInt, randomUUID,
};
