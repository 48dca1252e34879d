// util.types: what kind of value is this, asked of V8 where JavaScript
// cannot tell (stage 04's `types` binding), and answered in JavaScript where
// it can (the typed arrays, by their [Symbol.toStringTag]).
// (Node: lib/internal/util/types.js over src/node_types.cc.)
'use strict';

const types = { ...internalBinding('types') };

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype,
                                                      Symbol.toStringTag).get;

function tagOf(value) {
  return Reflect.apply(typedArrayTag, value, []);
}

for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
                    'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array',
                    'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (value) => tagOf(value) === name;
}
types.isTypedArray = (value) => tagOf(value) !== undefined;
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

module.exports = types;
