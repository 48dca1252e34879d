// An error thrown by a main ES module is uncaught like any other: printed
// with the module's file URL and line, exit code 1, 'exit' listeners first.
import { count } from './esm/counter.mjs';

process.on('exit', (code) => console.log('exit', code));
console.log('before the throw', count);
throw new TypeError('thrown at the top level of a module');
