'use strict';
// several pbkdf2 and scrypt jobs at once all finish, each with its own key.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const done = new Map();
for (let i = 0; i < 6; i++) {
  crypto.pbkdf2(`pw${i}`, 'salt', 20000, 16, 'sha256', common.mustSucceed((key) => {
    assert.deepStrictEqual(key, crypto.pbkdf2Sync(`pw${i}`, 'salt', 20000, 16, 'sha256'));
    done.set(`p${i}`, true);
  }));
  crypto.scrypt(`pw${i}`, 'salt', 16, { N: 1024 }, common.mustSucceed((key) => {
    assert.deepStrictEqual(key, crypto.scryptSync(`pw${i}`, 'salt', 16, { N: 1024 }));
    done.set(`s${i}`, true);
  }));
}
process.on('exit', () => assert.strictEqual(done.size, 12));
