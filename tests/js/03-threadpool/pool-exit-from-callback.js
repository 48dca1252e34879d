// The first job to finish ends the program: the others, still queued or
// running, are never delivered.
const crypto = require('crypto');
process.env.UV_THREADPOOL_SIZE = '2';

let calls = 0;
for (let i = 0; i < 6; i++) {
  crypto.pbkdf2('password', 'salt', i === 0 ? 1 : 200000, 32, 'sha256', () => {
    calls++;
    console.log('callback', calls);
    process.exit(calls === 1 ? 7 : 99);
  });
}
