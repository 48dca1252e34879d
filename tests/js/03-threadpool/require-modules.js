// require(): this stage's built-in modules, the node: prefix, sub-paths,
// and the errors for names it does not know.
const fs = require('fs');
console.log('same object', require('fs') === fs, require('node:fs') === fs);
console.log('fs/promises', require('fs/promises') === fs.promises, require('node:fs/promises') === fs.promises);
console.log('dns/promises', require('dns/promises') === require('dns').promises);
console.log('types', typeof require('dns').lookup, typeof require('crypto').createHash,
            typeof require('zlib').gzip, typeof fs.promises.readFile);
console.log('require', typeof require, require.length);

const attempt = (id) => {
  try {
    require(id);
    console.log(id, 'loaded');
  } catch (err) {
    const firstLine = String(err.message).split('\n')[0];
    console.log(JSON.stringify(id), err.name, err.code, firstLine, Array.isArray(err.requireStack));
  }
};
attempt('no-such-module');
attempt('./no-such-file');
attempt('FS');
attempt('node:no-such-module');
attempt('');
attempt(undefined);
attempt(42);

// The whole message names the requiring script (process.argv[1]).
try { require('missing-module'); } catch (err) {
  console.log(JSON.stringify(err.message.split(process.argv[1]).join('SCRIPT')),
              err.requireStack.length, err.requireStack[0] === process.argv[1]);
}
