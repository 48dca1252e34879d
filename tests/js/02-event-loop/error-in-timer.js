// An exception thrown by a timer callback is printed as Node prints an
// uncaught exception, and nothing else runs.
console.log('start');
setTimeout(function boom() {
  const error = new Error('thrown in a timer');
  error.detail = 'own properties are shown';
  throw error;
}, 1);
setTimeout(() => console.log('must not run'), 1);
