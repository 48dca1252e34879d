// A worker's process.env is a copy by default (or the env option, or the
// process's own with SHARE_ENV); its argv and execArgv come from options.
const { Worker, SHARE_ENV } = require('worker_threads');

process.env.DEMO_PARENT = 'parent';
const code = `
  const { parentPort } = require('worker_threads');
  process.env.DEMO_WORKER = 1;
  parentPort.postMessage({
    parent: process.env.DEMO_PARENT ?? null,
    given: process.env.DEMO_GIVEN ?? null,
    worker: typeof process.env.DEMO_WORKER,
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
  });
`;
const runs = [
  ['copy', {}],
  ['object', { env: { DEMO_GIVEN: 42 }, argv: ['x', 7] }],
  ['shared', { env: SHARE_ENV, execArgv: [] }],
];
(function next() {
  const [label, options] = runs.shift();
  const worker = new Worker(code, { eval: true, ...options });
  worker.on('message', (seen) => console.log(label, JSON.stringify(seen)));
  worker.on('exit', () => {
    console.log(`${label}: parent sees DEMO_WORKER =`, process.env.DEMO_WORKER);
    if (runs.length > 0) next();
  });
})();
