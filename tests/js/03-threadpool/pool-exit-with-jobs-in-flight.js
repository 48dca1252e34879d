// process.exit() while jobs are queued and running: the program ends with
// the code given, and no callback of those jobs runs.
const crypto = require('crypto');
const fs = require('fs');

for (let i = 0; i < 8; i++) {
  crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', () => console.log('never printed'));
}
fs.readFile('pool-exit-with-jobs-in-flight.js', () => console.log('never printed either'));
fs.promises.stat('.').then(() => console.log('not this one either'));
console.log('exiting with', 10, 'jobs in flight');
process.exit(5);
