// flags: --no-warnings
// --no-warnings: warnings are still emitted as 'warning' events, but
// nothing is printed.
process.on('warning', (warning) => console.log('event:', warning.name, warning.message));
process.emitWarning('a plain warning');
process.emitWarning('an old way', 'DeprecationWarning', 'DEP0999');
require('util').deprecate(() => {}, 'deprecated function', 'DEP0998')();
console.log('noDeprecation', process.noDeprecation);
