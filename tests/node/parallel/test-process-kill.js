'use strict';
// process.kill(pid, signal): signals by number or name (SIGTERM by
// default), errors as Node words them. The real kill is replaced by a
// recorder (process._kill), so that nothing is sent but the null signal.
require('../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(2 ** 30, 0),
              { code: 'ESRCH', syscall: 'kill', message: 'kill ESRCH', name: 'Error' });
assert.throws(() => process.kill(process.pid, 'SIGNOPE'),
              { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOPE' });
assert.throws(() => process.kill('pid'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.kill(1.5), { code: 'ERR_INVALID_ARG_TYPE' });

const sent = [];
const realKill = process._kill;
process._kill = (pid, signal) => {
  sent.push([pid, signal]);
  return 0;
};
process.kill(process.pid);
process.kill(process.pid, 'SIGUSR1');
process.kill(process.pid, os.constants.signals.SIGINT);
process._kill = realKill;
assert.deepStrictEqual(sent, [
  [process.pid, os.constants.signals.SIGTERM],
  [process.pid, os.constants.signals.SIGUSR1],
  [process.pid, os.constants.signals.SIGINT],
]);
