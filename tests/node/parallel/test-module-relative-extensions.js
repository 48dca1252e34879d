'use strict';
// A relative request finds the exact file, else the name plus .js, then
// .json: './a' is a.js, './data' is data.json, './b' is the file b itself.
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

write('a.js', 'module.exports = "a.js";');
write('a.json', '"a.json"');
write('data.json', '{ "value": 42 }');
write('b', 'module.exports = "b with no extension";');
write('b.js', 'module.exports = "b.js";');
write('main.js', `
  module.exports = {
    a: require('./a'),
    data: require('./data'),
    b: require('./b'),
    json: require('./a.json'),
  };`);
assert.deepStrictEqual(require(tmpdir.resolve('main.js')), {
  a: 'a.js',
  data: { value: 42 },
  b: 'b with no extension',
  json: 'a.json',
});
