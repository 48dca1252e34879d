// The loop keeps turning while a worker computes; it stops while the loop
// thread computes. A 10 ms interval counts its ticks through both.
const crypto = require('crypto');

let ticks = 0;
const ticker = setInterval(() => ticks++, 10);

setTimeout(() => {
  const before = ticks;
  crypto.pbkdf2('password', 'salt', 300000, 32, 'sha256', () => {
    console.log(`pbkdf2 on the pool:       ${ticks - before} ticks meanwhile`);

    const sync = ticks;
    crypto.pbkdf2Sync('password', 'salt', 300000, 32, 'sha256');
    console.log(`pbkdf2Sync on the loop:   ${ticks - sync} ticks meanwhile`);
    clearInterval(ticker);
  });
}, 20);
