// An uncaught exception in the main script while jobs are in flight: the
// error is reported, the exit code is 1, and no job calls back.
const crypto = require('crypto');
crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', () => console.log('never printed'));
require('fs').stat('.', () => console.log('never printed either'));
throw new Error('boom');
