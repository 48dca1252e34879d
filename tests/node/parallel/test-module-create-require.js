'use strict';
// module.createRequire(filename) makes a require that resolves as if from
// that file, which need not exist.
require('../common');
const assert = require('assert');
const { createRequire } = require('module');
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

write('lib/helper.js', 'module.exports = "helper";');
write('lib/node_modules/ns-cr/index.js', 'module.exports = "package";');
const requireFromLib = createRequire(tmpdir.resolve('lib/not-a-real-file.js'));
assert.strictEqual(requireFromLib('./helper'), 'helper');
assert.strictEqual(requireFromLib('ns-cr'), 'package');
assert.strictEqual(requireFromLib.resolve('./helper'), tmpdir.resolve('lib/helper.js'));
assert.strictEqual(requireFromLib('path'), path);
assert.throws(() => createRequire(''), { code: 'ERR_INVALID_ARG_VALUE' });
