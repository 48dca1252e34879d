// The names under which util.promisify resolves a callback's several
// results: a function that calls back with (err, bytesRead, buffer) and
// carries ['bytesRead', 'buffer'] under this symbol is promisified to a
// promise of { bytesRead, buffer } (fs.read, fs.write). Internal, as in
// Node (lib/internal/util.js, customPromisifyArgs).
'use strict';

module.exports = Symbol('customPromisifyArgs');
