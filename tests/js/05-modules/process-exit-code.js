// 'exit' listeners see the code; setting process.exitCode there changes it.
// process.exit() in a listener of 'beforeExit' ends the program at once.
process.exitCode = 3;
process.on('exit', (code) => {
  console.log('exit listener sees', code);
  process.exitCode = 9;
});
process.on('beforeExit', () => {
  console.log('beforeExit');
  process.exit();
});
