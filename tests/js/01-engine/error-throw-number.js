// A primitive has no stack: Node prints a blank line, the location, the
// value, and a hint about --trace-uncaught.
console.log('start');
throw 42;
