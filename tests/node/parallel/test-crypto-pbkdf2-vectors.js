'use strict';
// pbkdf2Sync gives the RFC 6070 PBKDF2-HMAC-SHA1 vectors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
                   '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'),
                   '4b007901b765489abead49d926f721d065a429c1');
assert.strictEqual(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'),
                   '56fa6aa75548099dcc37d7f03425e0c3');
