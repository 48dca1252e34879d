'use strict';
// a GCM decipher without setAuthTag cannot finish.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const d = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
d.update(Buffer.alloc(5));
assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
