// A worker's own process.env: a copy of the environment it was given, held
// in this thread only. (Node keeps it in a map in C++; the effect seen from
// JavaScript is the same.) As with the real process.env, every value
// stored becomes a string, and deleting works; the process's environment
// (getenv) is not touched, so workers cannot race on it. With SHARE_ENV the
// worker keeps the process's environment instead (bootstrap's process.env).
'use strict';

function makeEnv(initial) {
  const store = {};
  for (const key of Object.keys(initial)) store[key] = initial[key];
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, descriptor) {
      if (!('value' in descriptor)) {
        throw new TypeError("'process.env' only accepts a configurable, writable, " +
                            'and enumerable data descriptor');
      }
      target[key] = `${descriptor.value}`;
      return true;
    },
  });
}

module.exports = { makeEnv };
