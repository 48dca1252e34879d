// A MessagePort moves to a worker in a transfer list (in workerData with
// the transferList option, and in a later postMessage): the worker talks on
// it, the sender's object closes, and misuse is refused with Node's errors.
const { Worker, MessageChannel } = require('worker_threads');

const viaData = new MessageChannel();
const viaPost = new MessageChannel();
const worker = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  workerData.port.postMessage('from workerData port: ' + workerData.label);
  parentPort.once('message', ({ port }) => {
    port.on('message', (n) => {
      port.postMessage(n * 2);
      port.close();
      workerData.port.close();
    });
  });
`, { eval: true, workerData: { port: viaData.port2, label: 'w1' }, transferList: [viaData.port2] });

const errors = [];
for (const attempt of [
  () => viaPost.port1.postMessage(null, [viaPost.port1]),
  () => viaPost.port1.postMessage({ p: viaPost.port2 }),
  () => viaPost.port1.postMessage(null, [viaPost.port2, viaPost.port2]),
]) {
  try {
    attempt();
  } catch (error) {
    errors.push(`${error.name} ${error.code ?? '-'}: ${error.message}`);
  }
}
console.log(errors.join('\n'));

const events = [];
viaData.port1.once('message', (text) => {
  events.push(text);
  worker.postMessage({ port: viaPost.port2 }, [viaPost.port2]);
  viaPost.port1.postMessage(21);
  viaPost.port1.once('message', (n) => events.push(`doubled: ${n}`));
});
viaPost.port1.on('close', () => events.push('viaPost.port1 close'));
viaData.port1.on('close', () => events.push('viaData.port1 close'));
viaData.port2.on('close', () => events.push('viaData.port2 (sent) close'));
worker.on('exit', (code) => events.push(`exit ${code}`));
process.on('exit', () => console.log(events.sort().join('\n')));
