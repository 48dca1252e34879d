// An unref'd immediate runs only if something else keeps the loop turning.
//
// First a timer keeps the loop alive: it only has to exist, so whether it is
// already due when the loop starts (a slow start, a busy machine) changes
// nothing. The second timer is set from the loop, never from the main
// script: one set there can be due when the loop starts, and Node runs such
// a timer before the first immediates, which would then run its unref'd one.
const keeper = setTimeout(() => {}, 1000);
setImmediate(() => {
  console.log('unref\'d immediate runs: a timer keeps the loop alive');
  clearTimeout(keeper);
  setTimeout(() => {
    console.log('timer');
    setImmediate(() => console.log('never: nothing keeps the loop alive')).unref();
  }, 5);
}).unref();
