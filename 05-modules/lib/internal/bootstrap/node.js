// The second step of the bootstrap: `process` and the globals.
// (Node: lib/internal/bootstrap/node.js.)
//
// Stages 02 to 04 made `process`, the timers, `queueMicrotask` and `Buffer`
// in C++; this stage keeps them and adds what lives in JavaScript.
'use strict';

const { cwd, chdir, execPath } = internalBinding('process_methods');

// Methods of process are plain, writable, enumerable properties, as in Node.
Object.assign(process, { cwd, chdir });
process.execPath = execPath;
