// An unref'd immediate runs only if something else keeps the loop turning.
setImmediate(() => console.log('unref\'d immediate runs: a timer keeps the loop alive')).unref();
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('never: nothing keeps the loop alive')).unref();
}, 5);
