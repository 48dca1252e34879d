'use strict';
// An unref'd timer does not keep the program alive: with nothing else to
// do, the program exits without calling it.
const common = require('../common');

setTimeout(common.mustNotCall(), 60 * 60 * 1000).unref();
setInterval(common.mustNotCall(), 60 * 60 * 1000).unref();
process.on('exit', common.mustCall((code) => {
  if (code !== 0) process.exitCode = code;
}));
