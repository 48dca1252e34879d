'use strict';
// A multi-byte character split between two chunks arrives whole.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'caf\u00e9 \u20ac')));
const bytes = Buffer.from('caf\u00e9 \u20ac\n');
for (const byte of bytes) input.write(Buffer.from([byte]));
input.end();
