// process.exitCode is the exit code of a normal end.
process.exitCode = 3;
setTimeout(() => {
  console.log('exitCode is', process.exitCode);
  process.exitCode = '4';
}, 1);
