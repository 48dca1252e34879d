// A worker's console output reaches this process's stdout, in the order the
// worker wrote it; with stdout/stderr: true it is read from worker.stdout
// and worker.stderr instead.
const { Worker } = require('worker_threads');

const first = new Worker(`
  for (let i = 0; i < 3; i++) console.log('inherited', i);
  process.stdout.write('no newline, then ');
  console.log({ an: 'object' });
`, { eval: true });
first.on('exit', () => {
  const second = new Worker(`
    console.log('captured out');
    console.error('captured err');
    process.stdout.write(Buffer.from([0x62, 0x79, 0x74, 0x65, 0x73, 0x0a]));
  `, { eval: true, stdout: true, stderr: true });
  const out = [];
  const err = [];
  second.stdout.on('data', (chunk) => out.push(String(chunk)));
  second.stderr.on('data', (chunk) => err.push(String(chunk)));
  let ended = 0;
  const done = () => {
    if (++ended < 2) return;
    console.log('stdout:', JSON.stringify(out.join('')));
    console.log('stderr:', JSON.stringify(err.join('')));
  };
  second.stdout.on('end', done);
  second.stderr.on('end', done);
});
