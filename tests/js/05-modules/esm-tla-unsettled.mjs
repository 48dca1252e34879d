// A top-level await that never settles: the loop runs dry, 'exit' fires
// with code 0, and then the program ends with exit code 13, as Node's.
process.on('exit', (code) => console.log('exit listener sees', code, process.exitCode));
console.log('awaiting forever');
await new Promise(() => {});
console.log('never printed');
