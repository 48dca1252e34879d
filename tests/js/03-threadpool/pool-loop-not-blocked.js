// While the pool works, the loop goes on: a 1 ms interval keeps ticking
// during half a million PBKDF2 rounds on a worker. The synchronous form is
// the contrast: while pbkdf2Sync runs on the loop thread, nothing else can.
const crypto = require('crypto');

let ticks = 0;
const timer = setInterval(() => ticks++, 1);
crypto.pbkdf2('password', 'salt', 500000, 32, 'sha256', (err, key) => {
  console.log('the interval ticked while a worker hashed:', ticks >= 3, err, key.length);
  const before = ticks;
  crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256');
  console.log('and not once during pbkdf2Sync:', ticks === before);
  clearInterval(timer);
});
