// An immediate queued by an immediate runs in the next iteration, after the
// immediates that were already queued.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (queued by A)'));
});
setImmediate(() => console.log('B'));
