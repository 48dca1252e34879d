// postMessage's transfer list: a transferred ArrayBuffer is detached on the
// sender (byteLength 0) and arrives whole; an untransferred one is copied.
// A function cannot be cloned: DataCloneError, and nothing is sent.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ moved, copied }) => {
    const bytes = new Uint8Array(moved);
    parentPort.postMessage({ length: moved.byteLength, sum: bytes.reduce((a, b) => a + b, 0),
                             copied: copied.byteLength });
    bytes[0] = 99;
    parentPort.postMessage(moved, [moved]);
    parentPort.postMessage(moved.byteLength);
    parentPort.close();
  });
`, { eval: true });

const moved = new ArrayBuffer(8);
new Uint8Array(moved).set([1, 2, 3, 4, 5, 6, 7, 8]);
const copied = new ArrayBuffer(4);
try {
  worker.postMessage({ f() {} });
} catch (error) {
  console.log('clone error:', error.name, error.constructor.name);
}
worker.postMessage({ moved, copied }, [moved]);
console.log('after posting: moved', moved.byteLength, 'copied', copied.byteLength);
const seen = [];
worker.on('message', (value) => seen.push(value instanceof ArrayBuffer ?
  `ArrayBuffer ${value.byteLength} first ${new Uint8Array(value)[0]}` : value));
worker.on('exit', (code) => console.log(seen, 'exit', code));
