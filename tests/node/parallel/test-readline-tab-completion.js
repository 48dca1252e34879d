'use strict';
// Tab inserts the common prefix of the completions; a second Tab lists
// them; a completer's error is written to the output; readline/promises
// accepts a completer returning a promise.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;  // as a TTY would say; the list is laid out in columns
let bytes = '';
output.on('data', (d) => { bytes += d; });
const completer = common.mustCall((line) => [['carrot', 'cart'], line], 2);
const rl = readline.createInterface({ input, output, terminal: true, completer });
input.write('c');
input.write('\t');
assert.strictEqual(rl.line, 'car');
bytes = '';
input.write('\t');
assert.ok(bytes.startsWith('\r\ncarrot  cart\r\n\r\n'), JSON.stringify(bytes));
rl.close();

const output2 = new PassThrough();
let bytes2 = '';
output2.on('data', (d) => { bytes2 += d; });
const input2 = new PassThrough();
const failing = readline.createInterface({
  input: input2, output: output2, terminal: true,
  completer: (line, cb) => cb(new Error('no luck')),
});
input2.write('\t');  // a key from the terminal (rl.write('\t') would insert it)
assert.ok(bytes2.includes('Tab completion error: Error: no luck'), bytes2);
failing.close();

const pin = new PassThrough();
const prl = rlp.createInterface({ input: pin, output: new PassThrough(), terminal: true,
                                  completer: async (line) => [['zebra'], line] });
pin.write('ze');
pin.write('\t');
setImmediate(common.mustCall(() => {
  assert.strictEqual(prl.line, 'zebra');
  prl.close();
}));
