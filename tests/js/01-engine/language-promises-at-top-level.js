// Promise jobs run when the script has finished (V8's microtask checkpoint),
// in the order they were queued.
console.log('script start');
Promise.resolve('first').then((v) => console.log('then', v));
(async () => {
  console.log('async body runs synchronously');
  await null;
  console.log('after await');
})();
Promise.reject(new Error('handled')).catch((e) => console.log('caught', e.message));
console.log('script end');
