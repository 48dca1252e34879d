// Flags: --expose-internals
'use strict';
// Every built-in compiled during start-up comes from the code cache made at
// build time (or, in Node, from its snapshot): none is compiled from source.
// V8 silently ignores a cache made under other V8 flags, so a flag set by
// the program but not by the cache generator shows up here.
require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/test/binding');

const { getCacheUsage } = internalBinding('builtins');
assert.deepStrictEqual([...getCacheUsage().compiledWithoutCache], []);

// A built-in first required now is compiled from the cache too.
require('querystring');
require('readline');
assert.deepStrictEqual([...getCacheUsage().compiledWithoutCache], []);
