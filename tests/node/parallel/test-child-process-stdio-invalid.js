'use strict';
// A stdio value that means nothing throws ERR_INVALID_ARG_VALUE.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.spawn('true', { stdio: 'sometimes' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', { stdio: [{}] }), { code: 'ERR_INVALID_ARG_VALUE' });
