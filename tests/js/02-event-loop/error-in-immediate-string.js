// A non-Error value thrown from an immediate.
setImmediate(() => {
  throw 'a plain string';
});
setImmediate(() => console.log('must not run'));
