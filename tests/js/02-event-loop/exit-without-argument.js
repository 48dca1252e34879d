// process.exit() without an argument uses process.exitCode; with undefined it is 0.
process.exitCode = 9;
process.nextTick(() => {
  console.log('exiting with exitCode', process.exitCode);
  process.exit();
});
console.log('main');
