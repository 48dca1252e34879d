'use strict';
// path.extname: from the last '.' of the last segment; a name whose only
// dot is its first character ('.profile') has none, 'a.' has '.'.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['', ''],
  ['/path/to/file', ''],
  ['/path/to/file.ext', '.ext'],
  ['/path.to/file.ext', '.ext'],
  ['/path.to/file', ''],
  ['/path.to/.file', ''],
  ['/path.to/.file.ext', '.ext'],
  ['.profile', ''],
  ['.profile.sh', '.sh'],
  ['a.', '.'],
  ['a..', '.'],
  ['..', ''],
  ['.', ''],
  ['...', '.'],
  ['...ext', '.ext'],
  ['file.ext/', '.ext'],
  ['file.ext//', '.ext'],
  ['file/', ''],
  ['index.tar.gz', '.gz'],
  ['./', ''],
  ['.\\', ''],
  ['file.ext\\', '.ext\\'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(path.extname(input), expected, `extname(${JSON.stringify(input)})`);
}
