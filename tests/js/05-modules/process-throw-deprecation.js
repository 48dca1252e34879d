// flags: --throw-deprecation
// --throw-deprecation: a deprecation warning becomes an uncaught exception,
// on the next tick.
console.log(process.throwDeprecation);
process.on('uncaughtException', (error) => {
  console.log('uncaught:', error.name, error.code, error.message);
});
process.emitWarning('an old way', 'DeprecationWarning', 'DEP0999');
console.log('after emitWarning');
