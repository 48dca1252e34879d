// stderr: ignore
// An 'uncaughtException' handler that throws ends the program with code 7.
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', (err) => {
  console.log('handler got', err.message);
  throw new Error('thrown by the handler');
});
throw new Error('first');
