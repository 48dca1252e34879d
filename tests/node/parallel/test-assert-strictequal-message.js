'use strict';
// A custom message to strictEqual is followed by the two values.
require('../common');
const assert = require('assert');

assert.throws(() => assert.strictEqual(1, 2, 'custom'), {
  message: 'custom\n\n1 !== 2\n',
  generatedMessage: false,
});
