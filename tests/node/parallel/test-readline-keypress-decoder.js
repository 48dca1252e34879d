'use strict';
// emitKeypressEvents names keys and modifiers, joins a sequence split
// between writes, and reports an emoji as one key.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, key) => keys.push([s, key.name, key.ctrl, key.meta, key.shift]));
input.write('q');
input.write('\x1b[1;5');
input.write('A');
input.write('\x05');
input.write('\x1bx');
input.write('\x1b[3~');
input.write('\u{1F680}');
input.write('Q');
assert.deepStrictEqual(keys, [
  ['q', 'q', false, false, false],
  [undefined, 'up', true, false, false],
  ['\x05', 'e', true, false, false],
  [undefined, 'x', false, true, false],
  [undefined, 'delete', false, false, false],
  ['\u{1F680}', undefined, false, false, false],
  ['Q', 'q', false, false, true],
]);
setTimeout(common.mustCall(), 1);
