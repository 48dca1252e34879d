// A microtask queued inside a tick waits for every tick, including later ones.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  queueMicrotask(() => console.log('microtask from tick 1'));
  process.nextTick(() => console.log('tick 3'));
});
process.nextTick(() => console.log('tick 2'));
