// A SharedArrayBuffer posted to a worker is shared, not copied: both
// threads see the same memory, and Atomics.wait in the worker is woken by
// Atomics.notify in the parent.
const { Worker } = require('worker_threads');

const shared = new SharedArrayBuffer(16);
const cells = new Int32Array(shared);
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const cells = new Int32Array(workerData);
  Atomics.store(cells, 1, 42);
  parentPort.postMessage('waiting');
  const result = Atomics.wait(cells, 0, 0);
  parentPort.postMessage({ result, value: Atomics.load(cells, 0) });
  for (let i = 0; i < 1000; i++) Atomics.add(cells, 2, 1);
`, { eval: true, workerData: shared });

worker.on('message', (message) => {
  if (message === 'waiting') {
    console.log('the worker wrote', Atomics.load(cells, 1));
    for (let i = 0; i < 1000; i++) Atomics.add(cells, 2, 1);
    Atomics.store(cells, 0, 7);
    Atomics.notify(cells, 0);
  } else {
    console.log('woken:', message);
  }
});
worker.on('exit', (code) => console.log('exit', code, 'counter', Atomics.load(cells, 2)));
