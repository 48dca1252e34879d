// A chain of nextTicks runs to the end before any promise job or immediate:
// nextTick can starve the loop, which is why setImmediate exists.
let depth = 0;
function again() {
  if (++depth < 1000) process.nextTick(again);
  else console.log('1000 ticks done');
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise after', depth, 'ticks'));
setImmediate(() => console.log('immediate last'));
