// process.exit() inside a promise job: the other jobs do not run.
Promise.resolve().then(() => {
  console.log('job 1 exits');
  process.exit(6);
});
Promise.resolve().then(() => console.log('job 2: must not run'));
queueMicrotask(() => console.log('job 3: must not run'));
setImmediate(() => console.log('immediate: must not run'));
