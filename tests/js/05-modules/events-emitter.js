// stderr: ignore
// EventEmitter: order of listeners, once, prepend, removal during emit,
// newListener/removeListener, 'error' with and without listeners,
// errorMonitor, max listeners, and how an emitter prints.
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e);
const log = (...args) => console.log(...args);
e.on('newListener', (name, listener) => log('newListener', name, typeof listener));
e.on('removeListener', (name, listener) => log('removeListener', name, listener.name));
function first(...args) { log('first', args); }
function second() { log('second'); e.removeListener('x', third); }
function third() { log('third (still called: the emit took a copy)'); }
e.on('x', first);
e.on('x', second);
e.on('x', third);
e.prependListener('x', function zeroth() { log('zeroth'); });
e.once('x', function onlyOnce() { log('once'); });
console.log('emit returned', e.emit('x', 1, 2));
console.log('again', e.emit('x'));
console.log('names', e.eventNames(), 'count', e.listenerCount('x'));
console.log('listeners', e.listeners('x').map((f) => f.name));
e.prependOnceListener('x', function wrapped() {});
console.log('raw has wrapper', e.rawListeners('x')[0].listener.name);
e.removeAllListeners('x');
console.log('after removeAll', e.listenerCount('x'), e.emit('x'));
e.removeAllListeners();
console.log(e);

const f = new EventEmitter();
try {
  f.emit('error', new Error('no listener'));
} catch (err) {
  console.log('thrown', err.message);
}
for (const value of [42, undefined, { message: 'obj' }]) {
  try {
    f.emit('error', value);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context);
  }
}
f.on(EventEmitter.errorMonitor, (err) => log('monitor saw', err.message));
f.on('error', (err) => log('handled', err.message));
f.emit('error', new Error('boom'));

for (const bad of [-1, NaN, 'x']) {
  try {
    f.setMaxListeners(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  f.on('y', 5);
} catch (err) {
  console.log(err.code, err.message);
}
console.log('default max', EventEmitter.defaultMaxListeners, f.getMaxListeners());
f.setMaxListeners(1);
process.on('warning', (w) => log('warning', w.name, w.count, w.type));
f.on('z', () => {});
f.on('z', () => {});
f.on('z', () => {});

class Custom extends EventEmitter {}
const c = new Custom();
c.on('ping', function () { log('this is the emitter', this === c); });
c.emit('ping');
console.log(EventEmitter.listenerCount(c, 'ping'), c instanceof EventEmitter);
