// Who runs first? The script, then the queues, then the loop's phases.
// Run it with --trace-loop to watch the loop decide.
console.log('1. the main script runs to its end');

setTimeout(() => {
  console.log('5. a timer (timers phase)');
  setImmediate(() => console.log('6. an immediate set by a timer (check phase, same turn)'));
  setTimeout(() => console.log('7. a timer set by a timer (a later turn)'), 0);
}, 1);

Promise.resolve().then(() => console.log('3. a promise job (the microtask queue)'));
process.nextTick(() => console.log('2. a nextTick (before any promise job)'));
queueMicrotask(() => console.log('4. queueMicrotask (the same queue as promises)'));
