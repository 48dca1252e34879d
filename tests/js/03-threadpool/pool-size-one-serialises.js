// With one worker thread, jobs run one after the other, in the order they
// were queued: a quick job waits behind a slow one.
//
// libuv reads UV_THREADPOOL_SIZE once, when the pool first starts, which is
// the first job of the program; so setting it here, before any job, works
// in Node as in this runtime.
process.env.UV_THREADPOOL_SIZE = '1';
const crypto = require('crypto');

const finished = [];
const done = (name) => () => {
  finished.push(name);
  if (finished.length === 3) console.log(finished.join(', then '));
};
crypto.pbkdf2('password', 'salt', 500000, 32, 'sha256', done('slow'));
crypto.pbkdf2('password', 'salt', 1, 32, 'sha256', done('quick'));
crypto.randomBytes(8, done('random'));
