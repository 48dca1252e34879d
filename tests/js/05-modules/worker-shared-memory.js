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
  const result = Atomics.wait(cells, 3, 0);  // cell 3 stays 0: only a notify ends this
  parentPort.postMessage({ result, value: Atomics.load(cells, 0) });
  for (let i = 0; i < 1000; i++) Atomics.add(cells, 2, 1);
`, { eval: true, workerData: shared });

worker.on('message', (message) => {
  if (message === 'waiting') {
    console.log('the worker wrote', Atomics.load(cells, 1));
    for (let i = 0; i < 1000; i++) Atomics.add(cells, 2, 1);
    Atomics.store(cells, 0, 7);
    // The worker may not be waiting yet: notify until it was (notify says
    // how many waiters it woke), so that its wait always ends with 'ok'.
    while (Atomics.notify(cells, 3, 1) !== 1);
  } else {
    console.log('woken:', message);
  }
});
worker.on('exit', (code) => console.log('exit', code, 'counter', Atomics.load(cells, 2)));
