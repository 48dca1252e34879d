// An uncaught exception ends with code 1 whatever exitCode says.
process.exitCode = 2;
setTimeout(() => {
  throw new RangeError('in a timer');
}, 1);
