// events.once and events.on: the promise and async-iterator faces of an
// emitter, with errors.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  setImmediate(() => e.emit('ready', 1, 2));
  console.log('once', await once(e, 'ready'));

  setImmediate(() => e.emit('error', new Error('failed')));
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('once rejected', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }

  setImmediate(() => {
    e.emit('tick', 'a');
    e.emit('tick', 'b');
    e.emit('tick', 'c');
  });
  const seen = [];
  for await (const [value] of on(e, 'tick')) {
    seen.push(value);
    if (seen.length === 3) break;
  }
  console.log('on', seen, 'listeners left', e.listenerCount('tick'), e.listenerCount('error'));

  const iterator = on(e, 'tick');
  setImmediate(() => e.emit('error', new Error('iterator error')));
  try {
    await iterator.next();
  } catch (err) {
    console.log('iterator threw', err.message);
  }

  const captured = new EventEmitter({ captureRejections: true });
  captured.on('job', async () => { throw new Error('rejected listener'); });
  captured.on('error', (err) => console.log('captured', err.message));
  captured.emit('job');
}

main();
