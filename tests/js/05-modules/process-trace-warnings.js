// flags: --trace-warnings
// --trace-warnings: each warning printed with its stack (the frames are
// the runtime's own and are not compared), and no hint about the flag.
function warnFromHere() {
  process.emitWarning('first', { code: 'CODE1', detail: 'some detail' });
}
warnFromHere();
process.emitWarning('second', 'CustomWarning');
