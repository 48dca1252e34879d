'use strict';
// emitWarning(message, { type, code, detail }) takes its fields from the
// options object.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'OptionsWarning');
  assert.strictEqual(warning.message, 'with options');
  assert.strictEqual(warning.code, 'OPT_1');
  assert.strictEqual(warning.detail, 'some more words');
}));
process.emitWarning('with options', { type: 'OptionsWarning', code: 'OPT_1',
                                      detail: 'some more words' });
