// With four worker threads, a quick job does not wait for a slow one queued
// before it: another worker takes it at once.
process.env.UV_THREADPOOL_SIZE = '4';
const crypto = require('crypto');

const finished = [];
const done = (name) => () => {
  finished.push(name);
  if (finished.length === 3) console.log(finished.join(', then '));
};
crypto.pbkdf2('password', 'salt', 500000, 32, 'sha256', done('slow'));
crypto.pbkdf2('password', 'salt', 1, 32, 'sha256', done('quick'));
crypto.pbkdf2('password', 'salt', 2, 32, 'sha256', () => setTimeout(done('quick too'), 5));
