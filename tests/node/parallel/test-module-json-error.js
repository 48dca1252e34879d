'use strict';
// A .json file that is not JSON throws a SyntaxError naming the file, and
// is not cached.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(relative, content) {
  const file = tmpdir.resolve(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const file = write('broken.json', '{ not json');
assert.throws(() => require(file), (error) => {
  assert.ok(error instanceof SyntaxError);
  assert.ok(error.message.startsWith(`${file}: `), error.message);
  return true;
});
assert.strictEqual(require.cache[file], undefined);
