// Flags: --expose-gc
'use strict';
// A FileHandle dropped unclosed is closed when the garbage collector takes
// it, with a warning naming its descriptor and a DEP0137 deprecation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

let fd;
const warnings = [];
process.on('warning', (warning) => warnings.push(warning));
process.on('exit', () => {
  assert.ok(warnings.some((w) => w.message === `Closing file descriptor ${fd} on garbage collection`),
            warnings.map(String).join('\n'));
  assert.ok(warnings.some((w) => w.code === 'DEP0137' && w.name === 'DeprecationWarning'));
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
});

async function leak() {
  const handle = await fs.promises.open(__filename);
  fd = handle.fd;
}
leak().then(common.mustCall(() => {
  // Collections until the handle is gone and its finalizer has run.
  let tries = 0;
  const collect = () => {
    globalThis.gc();
    if (warnings.length < 2 && ++tries < 50) setTimeout(collect, 10);
  };
  setTimeout(collect, 10);
}));
