// process.emitWarning: printed on stderr as "(node:PID) Name: message", the
// hint about --trace-warnings after the first one only; a code in brackets;
// the 'warning' event on the next tick; deprecations and their own hint.
process.on('warning', (warning) => console.log('event', warning.name, warning.code, warning.message));
process.emitWarning('something odd');
process.emitWarning('with a type and code', 'CustomWarning', 'CODE_1');
process.emitWarning('as options', { type: 'OptionsWarning', code: 'CODE_2', detail: 'more' });
const error = new Error('an Error object');
error.name = 'ObjectWarning';
process.emitWarning(error);
console.log('emitted: the events come on the next tick');
for (const bad of [42, null]) {
  try {
    process.emitWarning(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
