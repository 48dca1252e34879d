// After the main script: every nextTick first, then every microtask.
const log = (s) => console.log(s);
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => {
  log('tick 2');
  process.nextTick(() => log('tick 3 (queued by a tick)'));
});
log('main');
