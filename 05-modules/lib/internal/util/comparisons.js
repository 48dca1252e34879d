// Deep equality, as util.isDeepStrictEqual and assert.deepStrictEqual define
// it. (Node: lib/internal/util/comparisons.js.)
//
// Two values are deeply strictly equal when they are Object.is-equal
// primitives, or objects with the same prototype, the same [[Class]] (a
// Date is not an Array), the same own enumerable keys (symbols too) with
// deeply equal values, and, for the built-ins that hold more than keys, the
// same contents: a Date's time, a RegExp's source and flags, a boxed
// primitive's value, a typed array's bytes, a Set's members and a Map's
// entries (in any order). Cycles are followed once: a pair of objects met
// again while it is being compared counts as equal.
'use strict';

const types = require('internal/util/types');

function isDeepStrictEqual(a, b) {
  return innerEqual(a, b, new Map());
}

function innerEqual(a, b, memos) {
  if (a === b) return a !== 0 || Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  // A pair already being compared further up the stack: assume equal (a
  // cycle). The pair leaves the stack when its comparison ends.
  let seen = memos.get(a);
  if (seen?.has(b)) return true;
  if (!seen) memos.set(a, seen = new Set());
  seen.add(b);
  try {
    return contentsEqual(a, b, memos);
  } finally {
    seen.delete(b);
  }
}

function contentsEqual(a, b, memos) {
  if (types.isDate(a)) {
    if (a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (types.isFloat32Array(a) || types.isFloat64Array(a)) {
      // Elements compare as numbers there: -0 and 0 differ, NaN equals NaN.
      for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    } else {
      for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
    }
  } else if (types.isAnyArrayBuffer(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const left = new Uint8Array(a);
    const right = new Uint8Array(b);
    for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  } else if (types.isSet(a)) {
    if (!setEqual(a, b, memos)) return false;
  } else if (types.isMap(a)) {
    if (!mapEqual(a, b, memos)) return false;
  }
  // A WeakMap, WeakSet or Promise holds nothing that can be looked at: two of
  // them compare by their own keys alone, as plain objects (Node 20's rule).
  return keysEqual(a, b, memos);
}

function ownEnumerableKeys(object) {
  const keys = Object.keys(object);
  for (const symbol of Object.getOwnPropertySymbols(object)) {
    if (Object.prototype.propertyIsEnumerable.call(object, symbol)) keys.push(symbol);
  }
  return keys;
}

function keysEqual(a, b, memos) {
  const keys = ownEnumerableKeys(a);
  if (keys.length !== ownEnumerableKeys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
    if (!innerEqual(a[key], b[key], memos)) return false;
  }
  return true;
}

function setEqual(a, b, memos) {
  if (a.size !== b.size) return false;
  const unmatched = [];
  for (const value of a) {
    if (typeof value === 'object' && value !== null) unmatched.push(value);
    else if (!b.has(value)) return false;
  }
  // Objects have to be matched one by one, each with a different partner.
  const candidates = [...b].filter((value) => typeof value === 'object' && value !== null);
  for (const value of unmatched) {
    const index = candidates.findIndex((other) => innerEqual(value, other, memos));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return true;
}

function mapEqual(a, b, memos) {
  if (a.size !== b.size) return false;
  const unmatched = [];
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null) {
      unmatched.push([key, value]);
    } else if (!b.has(key) || !innerEqual(value, b.get(key), memos)) {
      return false;
    }
  }
  const candidates = [...b].filter(([key]) => typeof key === 'object' && key !== null);
  for (const [key, value] of unmatched) {
    const index = candidates.findIndex(([otherKey, otherValue]) =>
      innerEqual(key, otherKey, memos) && innerEqual(value, otherValue, memos));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return true;
}

module.exports = { isDeepStrictEqual };
