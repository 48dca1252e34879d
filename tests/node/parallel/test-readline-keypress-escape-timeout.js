'use strict';
// A lone ESC becomes the Escape key once escapeCodeTimeout passes without
// more bytes; ESC followed quickly by '[A' is the up arrow.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 20 });
const names = [];
input.on('keypress', (s, key) => names.push(key.name));
input.write('\x1b');
input.write('[A');
assert.deepStrictEqual(names, ['up']);
input.write('\x1b');
assert.deepStrictEqual(names, ['up']);
setTimeout(common.mustCall(() => assert.deepStrictEqual(names, ['up', 'escape'])), 200);
