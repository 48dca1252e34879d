// flags: --trace-deprecation
// --trace-deprecation: deprecation warnings printed with their stack; other
// warnings as usual.
console.log(process.traceDeprecation);
process.emitWarning('an old way', 'DeprecationWarning', 'DEP0999');
process.emitWarning('a plain one');
