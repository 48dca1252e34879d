// child_process.spawn: the events of a child's life in order, exit codes and
// signals as Node reports them, the stdio kinds, and the errors of a spawn
// that fails. Each case runs after the previous one has closed, so the order
// printed is the order of one child's events, not a race between children.
'use strict';
const cp = require('child_process');

function run(label, file, args, options, feed) {
  return new Promise((resolve) => {
    const child = cp.spawn(file, args, options);
    const events = [];
    const out = { stdout: '', stderr: '' };
    child.on('spawn', () => events.push('spawn'));
    for (const name of ['stdout', 'stderr']) {
      if (!child[name]) continue;
      child[name].setEncoding('utf8');
      child[name].on('data', (d) => { out[name] += d; });
      child[name].on('end', () => events.push(`${name} end`));
    }
    child.on('error', (err) => events.push(`error ${err.message} ${err.code} ${err.errno} ` +
      `${err.syscall} ${err.path} ${JSON.stringify(err.spawnargs)}`));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      // stdout and stderr end in either order; sort only their two lines.
      const ends = events.filter((e) => e.endsWith(' end')).sort();
      const rest = events.filter((e) => !e.endsWith(' end'));
      console.log(label, JSON.stringify(rest), JSON.stringify(ends));
      console.log('  stdout', JSON.stringify(out.stdout), 'stderr', JSON.stringify(out.stderr));
      console.log('  exitCode', child.exitCode, 'signalCode', child.signalCode,
                  'killed', child.killed, 'stdio', child.stdio.map((s) => s === null ? null : typeof s));
      resolve();
    });
    if (feed) feed(child);
  });
}

(async () => {
  await run('echo', 'echo', ['a', 'b']);
  await run('exit 3', 'sh', ['-c', 'echo out; echo err >&2; exit 3']);
  await run('cat', 'cat', [], {}, (child) => { child.stdin.write('in '); child.stdin.end('put'); });
  await run('kill', 'sleep', ['10'], {}, (child) => console.log('kill ->', child.kill()));
  await run('kill SIGKILL', 'sleep', ['10'], {}, (child) => child.kill('SIGKILL'));
  await run('self-signal', 'sh', ['-c', 'kill -USR1 $$']);
  await run('enoent', 'no-such-program-at-all', ['x']);
  await run('cwd enoent', 'true', [], { cwd: '/no/such/dir' });
  await run('ignore', 'echo', ['x'], { stdio: 'ignore' });
  await run('mixed', 'sh', ['-c', 'echo o; echo e >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await run('shell', 'echo $((2 + 3)) "$0"', [], { shell: true });
  await run('argv0', 'sh', ['-c', 'echo $0'], { argv0: 'my-name' });
  await run('env', 'sh', ['-c', 'echo "[$ONLY][$HOME]"'], { env: { ONLY: 'this' } });
  await run('timeout', 'sleep', ['10'], { timeout: 20, killSignal: 'SIGINT' });
  const controller = new AbortController();
  await run('abort', 'sleep', ['10'], { signal: controller.signal },
            () => setTimeout(() => controller.abort(), 10));
})();
