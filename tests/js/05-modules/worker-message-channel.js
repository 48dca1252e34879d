// MessageChannel on one thread: messages in order, 'message' only once
// listened to (start), receiveMessageOnPort, close() emitting 'close' on
// both ends, and an unref'd port not keeping the process alive.
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, typeof port1.postMessage);
port1.postMessage('first');
port1.postMessage({ second: [2] });
console.log('sync receive:', receiveMessageOnPort(port2));
console.log('then:', receiveMessageOnPort(port2), receiveMessageOnPort(port2));
const got = [];
port2.on('message', (value) => {
  got.push(value);
  if (got.length === 3) port2.close();
});
port1.on('message', () => {});
port1.on('close', () => console.log('port1 close', got));
port2.on('close', () => console.log('port2 close'));
for (const value of [1, 'two', new Set([3])]) port1.postMessage(value);

const idle = new MessageChannel();
idle.port1.on('message', () => console.log('never'));
idle.port1.unref();
try {
  new MessagePort();
} catch (error) {
  console.log(error.constructor.name);
}
