// With four worker threads, a quick job does not wait for a slow one queued
// before it: another worker takes it at once. (The slow job is a million
// rounds, about 0.2 s, so that a loaded machine does not reorder them.)
process.env.UV_THREADPOOL_SIZE = '4';
const crypto = require('crypto');

const finished = [];
const done = (name) => () => {
  finished.push(name);
  if (finished.length < 3) return;
  // The two quick jobs may finish in either order; the slow one comes last.
  console.log('first:', finished.slice(0, 2).sort().join(' and '));
  console.log('last:', finished[2]);
};
crypto.pbkdf2('password', 'salt', 1000000, 32, 'sha256', done('slow'));
crypto.pbkdf2('password', 'salt', 1, 32, 'sha256', done('quick'));
crypto.pbkdf2('password', 'salt', 2, 32, 'sha256', done('quick too'));
