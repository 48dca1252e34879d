// BroadcastChannel: channels of one name on the main thread and in two
// workers; each post reaches every other member once. Counts are printed
// at the end (arrival order between threads is not fixed).
const { Worker, BroadcastChannel } = require('worker_threads');

const received = [];
const main = new BroadcastChannel('room');
const record = (text) => {
  received.push(text);
  if (received.length === 4) main.close();  // two greetings, two reports
};
main.onmessage = ({ data }) => record(`main <- ${data}`);
console.log(main.name, typeof main.ref, typeof main.unref, main instanceof EventTarget);
let online = 0;
for (const name of ['w1', 'w2']) {
  const worker = new Worker(`
    const { BroadcastChannel, workerData, parentPort } = require('worker_threads');
    const channel = new BroadcastChannel('room');
    const got = [];
    channel.onmessage = ({ data }) => {
      got.push(data);
      if (data === 'go') channel.postMessage(workerData + ' says hi');
      if (got.length === 2) {
        parentPort.postMessage(workerData + ' <- ' + got.sort().join(', '));
        channel.close();
      }
    };
    parentPort.postMessage('ready');
  `, { eval: true, workerData: name });
  worker.on('message', (text) => {
    if (text === 'ready') {
      if (++online === 2) main.postMessage('go');
    } else {
      record(text);
    }
  });
}
process.on('exit', () => console.log(received.sort().join('\n')));
