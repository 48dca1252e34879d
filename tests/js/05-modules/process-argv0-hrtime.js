// process.argv0 (argv[0] as typed; argv[0] is the absolute path), and the
// errors of process.hrtime(previous).
const path = require('path');

console.log(typeof process.argv0, path.basename(process.argv0) === path.basename(process.argv[0]));
const { value, ...attributes } = Object.getOwnPropertyDescriptor(process, 'argv0');
console.log(value === process.argv0, attributes);
process.argv0 = 'changed';
console.log(process.argv0 !== 'changed');

for (const previous of [[1], [1, 2, 3], [], 5, 'x', { 0: 1, 1: 2 }]) {
  try {
    process.hrtime(previous);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const [seconds, nanoseconds] = process.hrtime(process.hrtime());
console.log(seconds >= 0, nanoseconds >= 0);
