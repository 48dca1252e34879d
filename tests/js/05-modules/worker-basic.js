// worker_threads: messages both ways, workerData, isMainThread, exit codes,
// an uncaught throw in a worker becoming 'error' in the parent,
// process.exit() ending only the worker, terminate() of an infinite loop,
// and a file worker (the same file, run as the worker). Only the parent
// prints, in an order the messages fix.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (!isMainThread) {
  // This file as a worker: echo, then end with workerData.code.
  parentPort.on('message', (value) => {
    if (value === 'bye') {
      parentPort.close();
      process.exitCode = workerData.code;
      return;
    }
    parentPort.postMessage({ echo: value, threadId: threadId > 0, isMainThread });
  });
  return;
}

function run(label, make) {
  return new Promise((resolve) => {
    const worker = make();
    const events = [];
    worker.on('online', () => events.push('online'));
    worker.on('message', (value) => events.push(`message ${JSON.stringify(value)}`));
    worker.on('error', (error) => events.push(`error ${error.constructor.name}: ${error.message}`));
    worker.on('exit', (code) => {
      console.log(label, events, 'exit', code);
      resolve(worker);
    });
  });
}

(async () => {
  console.log('main', isMainThread, threadId, parentPort, workerData);
  await run('eval', () => new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    parentPort.postMessage(workerData.map((x) => x * 2));
  `, { eval: true, workerData: [1, 2, 3] }));
  await run('throw', () => new Worker('throw new RangeError("from the worker")', { eval: true }));
  await run('exit', () => new Worker('process.exit(7); require("worker_threads").parentPort.postMessage("never")', { eval: true }));
  await run('exitCode', () => new Worker('process.exitCode = 3', { eval: true }));
  const looping = new Worker('require("worker_threads").parentPort.postMessage("spinning"); while (true) {}', { eval: true });
  looping.once('message', async () => {
    const code = await looping.terminate();
    console.log('terminated with', code);
    const echo = new Worker(__filename, { workerData: { code: 5 } });
    const answers = [];
    echo.on('message', (value) => {
      answers.push(value);
      if (answers.length === 3) echo.postMessage('bye');
    });
    echo.on('exit', (exitCode) => console.log('echo', answers, 'exit', exitCode));
    for (const value of ['a', { b: [1, new Map([[1, 2]])] }, 3n]) echo.postMessage(value);
  });
})();
