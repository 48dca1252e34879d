// spawnSync, execSync and execFileSync: the result object, input, timeout,
// maxBuffer, and the errors they throw. Pids are left out: they vary.
'use strict';
const cp = require('child_process');

function result(label, r) {
  const { pid, ...rest } = r;
  if (rest.error) rest.error = `${rest.error.message} ${rest.error.code} ${rest.error.syscall} ` +
    `${rest.error.path} ${JSON.stringify(rest.error.spawnargs)}`;
  console.log(label, typeof pid, Object.keys(r), rest);
}

result('plain', cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']));
result('utf8', cp.spawnSync('tr', ['a-z', 'A-Z'], { input: 'loud', encoding: 'utf8' }));
result('buffer input', cp.spawnSync('wc', ['-c'], { input: Buffer.alloc(200000, 1), encoding: 'utf8' }));
result('enoent', cp.spawnSync('no-such-program-sync', ['p', 'q']));
result('timeout', cp.spawnSync('sleep', ['10'], { timeout: 20 }));
result('maxBuffer', cp.spawnSync('yes', { maxBuffer: 64, killSignal: 'SIGKILL' }).signal);
result('signal', cp.spawnSync('sh', ['-c', 'kill -HUP $$']));
result('ignore', cp.spawnSync('echo', ['x'], { stdio: 'ignore' }));
result('shell', cp.spawnSync('echo $((40 + 2))', { shell: true, encoding: 'utf8' }));
result('cwd', cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' }));

console.log(cp.execSync('echo exec sync').toString());
console.log(cp.execSync('echo with encoding', { encoding: 'utf8' }));
console.log(cp.execFileSync('echo', ['file', 'sync'], { encoding: 'utf8' }));
console.log(cp.execSync('cat', { input: 'piped in' }).toString());

function caught(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    const { pid, error, ...rest } = err;
    console.log(label, JSON.stringify(err.message), typeof pid, rest.status, rest.signal,
                rest.stdout, rest.stderr, err.code);
  }
}
caught('execSync fail', () => cp.execSync('echo bad >&2; exit 3', { stdio: 'pipe' }));
caught('execFileSync fail', () => cp.execFileSync('sh', ['-c', 'echo so >&2; exit 6'], { stdio: 'pipe' }));
caught('execFileSync enoent', () => cp.execFileSync('no-such-program-efs'));
caught('execSync timeout', () => cp.execSync('sleep 10', { timeout: 20 }));
caught('ipc sync', () => cp.spawnSync('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
