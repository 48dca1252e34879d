// One file read three ways. Run it with --trace-loop to watch the job go to
// a worker and come back in the poll phase:
//
//   build/bin/03-threadpool --trace-loop 03-threadpool/examples/read-file.js
const fs = require('fs');
const self = process.argv[1];  // this very file

// 1. Callback: the read is queued on the pool; the callback runs later, on
//    the loop thread, error first.
fs.readFile(self, 'utf8', (err, text) => {
  console.log(`3. callback: ${text.split('\n').length} lines (err = ${err})`);
});

// 2. Promise: the same job; the promise settles on the loop thread. (Which
//    of the two jobs comes back first is up to the workers.)
fs.promises.readFile(self).then((bytes) => {
  console.log(`3. promise: ${bytes.length} bytes, a ${bytes.constructor.name}`);
});

// 3. Sync: the same job, run right here. Nothing else can happen meanwhile.
const text = fs.readFileSync(self, 'utf8');
console.log(`1. sync: ${text.length} characters, before anything asynchronous`);

// A missing file: Node's error, with code, errno, syscall and path.
fs.readFile('no-such-file.txt', (err) => {
  console.log(`3. ${err.message} (code ${err.code}, errno ${err.errno}, syscall ${err.syscall})`);
});
console.log('2. the main script is done; the loop starts');
