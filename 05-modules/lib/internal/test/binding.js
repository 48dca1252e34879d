// `require('internal/test/binding')`, behind --expose-internals, as in Node:
// the one way a user's script reaches internalBinding, for tests of the raw
// bindings (tests/js/04-bindings/*-raw.js).
'use strict';

module.exports = { internalBinding };
