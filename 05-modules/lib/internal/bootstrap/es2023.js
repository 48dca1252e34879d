// The ECMAScript 2023 methods that Node 20's V8 (11.3) has and this
// runtime's V8 (10.2) does not: "change array by copy" and well-formed
// strings. Installed once, by the bootstrap, before any user code.
//
//     Array.prototype:       toReversed, toSorted, toSpliced, with
//     %TypedArray%.prototype: toReversed, toSorted, with
//     String.prototype:      isWellFormed, toWellFormed
//
// Why here: packages written for Node 20 call them (@koa/router 15 does
// `layers.toReversed()` on every request), and a missing method is a
// TypeError in the middle of a request. The engine is a library we link,
// not one we build, so the gap is closed in the first JavaScript that runs.
//
// Each follows the specification's steps (ES2023, 23.1.3 and 23.2.3):
// they read through holes (a hole becomes undefined in the copy), never
// mutate the receiver, build a plain Array (or a typed array of the same
// type, not of the receiver's species), check their arguments before they
// read anything, and throw V8 11's errors with its words. Like V8's they are
// writable, configurable, not enumerable, have the specified `length`, and
// the Array ones are listed in Array.prototype[Symbol.unscopables]. One
// difference is visible: their toString() shows this source, where a native
// method shows `[native code]`.
'use strict';

const kMaxArrayLength = 2 ** 32 - 1;
const kMaxSafeLength = 2 ** 53 - 1;

function toObject(value, method) {
  if (value === null || value === undefined) {
    throw new TypeError(`${method} called on null or undefined`);
  }
  return Object(value);
}

// ToIntegerOrInfinity.
function toInteger(value) {
  const number = Number(value);
  if (Number.isNaN(number) || number === 0) return 0;
  return Math.trunc(number);
}

// LengthOfArrayLike: ToLength of the `length` property.
function lengthOf(object) {
  const length = toInteger(object.length);
  if (length <= 0) return 0;
  return Math.min(length, kMaxSafeLength);
}

// ArrayCreate(length): a plain Array, RangeError past 2^32 - 1.
function arrayCreate(length) {
  if (length > kMaxArrayLength) throw new RangeError('Invalid array length');
  return new Array(length);
}

function checkComparator(comparefn) {
  if (comparefn !== undefined && typeof comparefn !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
}

// A relative index (negative counts from the end), clamped to [0, length].
function clampRelative(relative, length) {
  if (relative < 0) return Math.max(length + relative, 0);
  return Math.min(relative, length);
}

const arrayMethods = {
  toReversed() {
    const object = toObject(this, 'Array.prototype.toReversed');
    const length = lengthOf(object);
    const copy = arrayCreate(length);
    for (let k = 0; k < length; k++) copy[k] = object[length - 1 - k];
    return copy;
  },

  toSorted(comparefn) {
    checkComparator(comparefn);
    const object = toObject(this, 'Array.prototype.toSorted');
    const length = lengthOf(object);
    const copy = arrayCreate(length);
    for (let k = 0; k < length; k++) copy[k] = object[k];
    // The copy has no holes, so sort() orders it as the specification's
    // SortIndexedProperties with read-through holes would: undefined last.
    return Array.prototype.sort.call(copy, comparefn);
  },

  toSpliced(start, skipCount, ...items) {
    const object = toObject(this, 'Array.prototype.toSpliced');
    const length = lengthOf(object);
    const actualStart = clampRelative(toInteger(start), length);
    let actualSkip;
    if (arguments.length === 0) {
      actualSkip = 0;
    } else if (arguments.length === 1) {
      actualSkip = length - actualStart;
    } else {
      actualSkip = Math.min(Math.max(toInteger(skipCount), 0), length - actualStart);
    }
    const newLength = length + items.length - actualSkip;
    if (newLength > kMaxSafeLength) throw new TypeError('Invalid array length');
    const copy = arrayCreate(newLength);
    let to = 0;
    for (let from = 0; from < actualStart; from++) copy[to++] = object[from];
    for (const item of items) copy[to++] = item;
    for (let from = actualStart + actualSkip; from < length; from++) copy[to++] = object[from];
    return copy;
  },

  with(index, value) {
    const object = toObject(this, 'Array.prototype.with');
    const length = lengthOf(object);
    const relative = toInteger(index);
    const actual = relative >= 0 ? relative : length + relative;
    if (actual >= length || actual < 0) throw new RangeError(`Invalid index : ${index}`);
    const copy = arrayCreate(length);
    for (let k = 0; k < length; k++) copy[k] = k === actual ? value : object[k];
    return copy;
  },
};

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;
const typedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;

// The typed array constructors by tag, taken now, before a program could
// replace the globals.
const kTypedArrays = {};
for (const Constructor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  kTypedArrays[Constructor.name] = Constructor;
}

// ValidateTypedArray: a typed array whose buffer is not detached (a detached
// one reports length 0, and no view can be made on its buffer). Returns the
// length.
function validateTypedArray(value, method) {
  if (typedArrayTag.call(value) === undefined) {
    throw new TypeError(`Method %TypedArray%.prototype.${method} called on incompatible ` +
                        `receiver ${Object.prototype.toString.call(value)}`);
  }
  const length = typedArrayLength.call(value);
  if (length === 0) {
    try {
      new Uint8Array(value.buffer);
    } catch {
      throw new TypeError(`Cannot perform %TypedArray%.prototype.${method} on a detached ` +
                          'ArrayBuffer');
    }
  }
  return length;
}

// TypedArrayCreateSameType: the receiver's own kind, never its species.
function sameType(typedArray, length) {
  return new kTypedArrays[typedArrayTag.call(typedArray)](length);
}

const typedArrayMethods = {
  toReversed() {
    const length = validateTypedArray(this, 'toReversed');
    const copy = sameType(this, length);
    for (let k = 0; k < length; k++) copy[k] = this[length - 1 - k];
    return copy;
  },

  toSorted(comparefn) {
    checkComparator(comparefn);
    const length = validateTypedArray(this, 'toSorted');
    const copy = sameType(this, length);
    for (let k = 0; k < length; k++) copy[k] = this[k];
    return TypedArray.prototype.sort.call(copy, comparefn);
  },

  with(index, value) {
    const length = validateTypedArray(this, 'with');
    const relative = toInteger(index);
    const actual = relative >= 0 ? relative : length + relative;
    // The value is converted (ToNumber, or ToBigInt for the BigInt kinds)
    // once, before the index is checked, as specified: storing it into a
    // one-element array of the same kind does exactly that conversion.
    const scratch = sameType(this, 1);
    scratch[0] = value;
    const converted = scratch[0];
    if (actual >= typedArrayLength.call(this) || actual < 0) {
      throw new RangeError('Invalid typed array index');
    }
    const copy = sameType(this, length);
    for (let k = 0; k < length; k++) copy[k] = k === actual ? converted : this[k];
    return copy;
  },
};

// A lone surrogate: a high one not followed by a low one, or a low one not
// preceded by a high one.
const kLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const stringMethods = {
  isWellFormed() {
    if (this === null || this === undefined) {
      throw new TypeError('String.prototype.isWellFormed called on null or undefined');
    }
    const string = String(this);
    kLoneSurrogate.lastIndex = 0;
    return !kLoneSurrogate.test(string);
  },

  toWellFormed() {
    if (this === null || this === undefined) {
      throw new TypeError('String.prototype.toWellFormed called on null or undefined');
    }
    return String(this).replace(kLoneSurrogate, '\uFFFD');
  },
};

// Installs the methods the engine lacks, as the engine would have them.
function install(target, methods) {
  for (const name of Object.keys(methods)) {
    if (Object.prototype.hasOwnProperty.call(target, name)) continue;
    Object.defineProperty(target, name, {
      value: methods[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

install(Array.prototype, arrayMethods);
install(TypedArray.prototype, typedArrayMethods);
install(String.prototype, stringMethods);
const unscopables = Array.prototype[Symbol.unscopables];
for (const name of ['toReversed', 'toSorted', 'toSpliced']) {
  if (!(name in unscopables)) unscopables[name] = true;
}
