// exec and execFile: the output handed to the callback, and the error's
// shape when the command fails, is killed, is missing or writes too much.
'use strict';
const cp = require('child_process');

function show(label, err, stdout, stderr) {
  if (err) {
    console.log(label, 'error', JSON.stringify(err.message), Object.keys(err),
                { code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd });
  } else {
    console.log(label, 'ok');
  }
  console.log('  ', JSON.stringify(stdout), JSON.stringify(stderr));
}

const steps = [
  (next) => cp.exec('echo out; echo err >&2', (e, o, s) => { show('exec', e, o, s); next(); }),
  (next) => cp.exec('echo no >&2; exit 5', (e, o, s) => { show('exec fail', e, o, s); next(); }),
  (next) => cp.exec('sleep 10', { timeout: 20 }, (e, o, s) => { show('exec timeout', e, o, s); next(); }),
  (next) => cp.exec('printf 0123456789abcdef', { maxBuffer: 5 },
                    (e, o, s) => { show('exec maxBuffer', e, o, s); next(); }),
  (next) => cp.exec('printf xyz', { encoding: 'buffer' }, (e, o, s) => {
    console.log('exec buffer', Buffer.isBuffer(o), o, s);
    next();
  }),
  (next) => cp.exec('printf é', { encoding: 'latin1' }, (e, o) => {
    console.log('exec latin1', JSON.stringify(o));
    next();
  }),
  (next) => cp.execFile('echo', ['$HOME', '*'], (e, o, s) => { show('execFile', e, o, s); next(); }),
  (next) => cp.execFile('sh', ['-c', 'exit 2'], (e, o, s) => { show('execFile fail', e, o, s); next(); }),
  (next) => cp.execFile('no-such-program-exec', ['a', 'b'],
                        (e, o, s) => { show('execFile enoent', e, o, s); next(); }),
  (next) => cp.execFile('sh', ['-c', 'kill -TERM $$'],
                        (e, o, s) => { show('execFile signal', e, o, s); next(); }),
  (next) => {
    const child = cp.execFile('cat', (e, o, s) => { show('execFile stdin', e, o, s); next(); });
    child.stdin.end('fed through stdin');
  },
];
(function next() {
  const step = steps.shift();
  if (step) step(next);
})();
