// The argument checks of child_process: each wrong call throws Node's error
// (name, code, message) before any process is made.
'use strict';
const cp = require('child_process');

function check(label, fn) {
  try {
    const child = fn();
    console.log(label, 'no error', typeof child);
  } catch (err) {
    console.log(label, `${err.name} [${err.code}]: ${err.message}`);
  }
}

check('spawn number', () => cp.spawn(42));
check('spawn empty', () => cp.spawn(''));
check('spawn null byte', () => cp.spawn('a\u0000b'));
check('spawn args string', () => cp.spawn('true', 'x'));
check('spawn arg null byte', () => cp.spawn('true', ['ok', 'n\u0000o']));
check('spawn options', () => cp.spawn('true', [], 'x'));
check('spawn cwd', () => cp.spawn('true', [], { cwd: 5 }));
check('spawn detached', () => cp.spawn('true', [], { detached: 'yes' }));
check('spawn shell', () => cp.spawn('true', [], { shell: 1 }));
check('spawn argv0', () => cp.spawn('true', [], { argv0: 1 }));
check('spawn stdio', () => cp.spawn('true', [], { stdio: 'loud' }));
check('spawn stdio entry', () => cp.spawn('true', [], { stdio: [{}] }));
check('spawn two ipc', () => cp.spawn('true', [], { stdio: ['ipc', 'ipc'] }));
check('spawn timeout', () => cp.spawn('true', [], { timeout: -5 }));
check('spawn timeout float', () => cp.spawn('true', [], { timeout: 1.5 }));
check('spawn killSignal', () => cp.spawn('true', [], { killSignal: 'SIGWHAT' }));
check('spawn killSignal type', () => cp.spawn('true', [], { killSignal: {} }));
check('spawn signal', () => cp.spawn('true', [], { signal: 'abort' }));
check('spawn env null byte', () => cp.spawn('true', [], { env: { A: 'x\u0000' } }));
check('exec command', () => cp.exec(5));
check('exec callback', () => cp.exec('true', {}, 'nope'));
check('execFile maxBuffer', () => cp.execFile('true', [], { maxBuffer: -1 }));
check('fork path', () => cp.fork(5));
check('fork args', () => cp.fork('x.js', 'y'));
check('fork no ipc', () => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
check('spawnSync ipc', () => cp.spawnSync('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
check('spawnSync input', () => cp.spawnSync('true', { input: 5 }));
check('execFileSync args', () => cp.execFileSync('true', 5));
const child = cp.spawn('sleep', ['5']);
check('kill unknown', () => child.kill('SIGNOTHING'));
check('kill number', () => child.kill(99999));
child.kill();
