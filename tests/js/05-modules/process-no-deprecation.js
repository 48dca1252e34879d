// flags: --no-deprecation
// --no-deprecation: process.noDeprecation; deprecation warnings are not
// emitted at all; other warnings are.
process.on('warning', (warning) => console.log('event:', warning.name, warning.message));
console.log(process.noDeprecation, process.throwDeprecation, process.traceDeprecation);
process.emitWarning('an old way', 'DeprecationWarning', 'DEP0999');
require('util').deprecate(() => {}, 'deprecated function', 'DEP0998')();
process.emitWarning('still a warning');
