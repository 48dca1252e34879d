// An uncaught exception crosses from a worker to its parent's 'error'
// event. The structured clone keeps an error's message and stack and only
// the standard constructors, so a thrown value is described instead: the
// nearest standard constructor on its prototype chain, and its own
// properties that can be cloned (name, code, and the rest). The parent
// rebuilds an error of that class with them. A value that is not an error
// goes as itself if it can be cloned. (Node: lib/internal/error_serdes.js.)
'use strict';

const kErrorNames = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
                     'URIError', 'AggregateError', 'Error'];

function cloneable(value) {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function serializeError(error) {
  if (!(error instanceof Error)) {
    if (cloneable(error)) return { value: error };
    return { value: String(error) };
  }
  let base = 'Error';
  for (let proto = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    const ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') && proto.constructor;
    if (ctor && kErrorNames.includes(ctor.name) && globalThis[ctor.name] === ctor) {
      base = ctor.name;
      break;
    }
  }
  const properties = {};
  const keys = new Set([...Object.getOwnPropertyNames(error), 'name', 'message', 'stack']);
  for (const key of keys) {
    let value;
    try {
      value = error[key];
    } catch {
      continue;
    }
    if (value !== undefined && cloneable(value)) properties[key] = value;
  }
  return { base, properties, enumerable: Object.keys(error) };
}

function deserializeError(description) {
  if (description === null || typeof description !== 'object' || !('base' in description)) {
    return description?.value;
  }
  const Base = globalThis[description.base] ?? Error;
  const error = Object.create(Base.prototype);
  for (const [key, value] of Object.entries(description.properties)) {
    if (key === 'name' && value === Base.prototype.name) continue;
    Object.defineProperty(error, key, {
      value,
      writable: true,
      configurable: true,
      enumerable: description.enumerable.includes(key),
    });
  }
  return error;
}

module.exports = { serializeError, deserializeError };
