'use strict';
// util.types tells built-in kinds of objects apart the way V8 sees them,
// not by their prototype chains.
require('../common');
const assert = require('assert');
const { types } = require('util');

const checks = [
  ['isDate', new Date(), [Date.now(), { __proto__: Date.prototype }]],
  ['isRegExp', /x/, ['x', { __proto__: RegExp.prototype }]],
  ['isMap', new Map(), [new WeakMap(), {}]],
  ['isSet', new Set(), [new WeakSet(), []]],
  ['isWeakMap', new WeakMap(), [new Map()]],
  ['isWeakSet', new WeakSet(), [new Set()]],
  ['isPromise', Promise.resolve(), [{ then() {} }]],
  ['isNativeError', new TypeError(), [{ __proto__: Error.prototype, message: 'x' }]],
  ['isArrayBuffer', new ArrayBuffer(1), [new Uint8Array(1), new SharedArrayBuffer(1)]],
  ['isSharedArrayBuffer', new SharedArrayBuffer(1), [new ArrayBuffer(1)]],
  ['isAnyArrayBuffer', new SharedArrayBuffer(1), [new Uint8Array(1)]],
  ['isArrayBufferView', new DataView(new ArrayBuffer(1)), [new ArrayBuffer(1)]],
  ['isDataView', new DataView(new ArrayBuffer(1)), [new Uint8Array(1)]],
  ['isTypedArray', new Float64Array(1), [new DataView(new ArrayBuffer(1)), []]],
  ['isUint8Array', new Uint8Array(1), [new Uint8ClampedArray(1), new Int8Array(1)]],
  ['isUint8ClampedArray', new Uint8ClampedArray(1), [new Uint8Array(1)]],
  ['isInt32Array', new Int32Array(1), [new Uint32Array(1)]],
  ['isBigInt64Array', new BigInt64Array(1), [new BigUint64Array(1)]],
  ['isAsyncFunction', async () => {}, [() => {}, function*() {}]],
  ['isGeneratorFunction', function*() {}, [async () => {}]],
  ['isGeneratorObject', (function*() {})(), [{ next() {} }]],
  ['isBoxedPrimitive', Object(1), [1, 'x']],
  ['isNumberObject', Object(1), [1, Object('1')]],
  ['isStringObject', Object('s'), ['s']],
  ['isBooleanObject', Object(false), [false]],
  ['isSymbolObject', Object(Symbol('s')), [Symbol('s')]],
  ['isBigIntObject', Object(1n), [1n]],
  ['isMapIterator', new Map().keys(), [new Set().keys(), [].keys()]],
  ['isSetIterator', new Set().values(), [new Map().values()]],
  ['isProxy', new Proxy({}, {}), [{}]],
  ['isArgumentsObject', (function() { return arguments; })(), [[], {}]],
  ['isModuleNamespaceObject', null, [{}, Object.create(null)]],
];
for (const [name, yes, noes] of checks) {
  assert.strictEqual(typeof types[name], 'function', name);
  if (yes !== null) assert.strictEqual(types[name](yes), true, `${name}(yes)`);
  for (const no of noes) assert.strictEqual(types[name](no), false, `${name}(no)`);
}
assert.strictEqual(require('util/types'), types);
