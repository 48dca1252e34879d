// An AssertionError printed by console.log: its compared values stay one
// level deep (its own inspect), also inside an array. (Stacks are cut to
// the first line: frames name each runtime's internals.)
const assert = require('assert');
try { assert.deepStrictEqual({ list: [1, 2] }, { list: [1, 3] }); } catch (err) { err.stack = err.stack.split('\n    at ')[0]; console.log(err); console.log([err]); }
