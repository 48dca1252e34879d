// An exception in a queueMicrotask callback is uncaught (a promise job's is a rejection).
queueMicrotask(() => {
  throw new TypeError('from queueMicrotask');
});
queueMicrotask(() => console.log('must not run'));
