// Several import() calls at once: resolution happens in the call, so a bad
// specifier rejects first; a module file is read asynchronously, so it
// settles after the built-in and the CommonJS file (read synchronously, as
// require() reads it), after the next tick; a module imported twice is one
// job, evaluated once, its dependency first. Two microtask ticks show that
// even a failed resolution settles asynchronously (how many ticks later
// depends on V8's version too: Node 20's V8 adds one that 10.2 does not).
// One file to read: the order of two reads on the thread pool is not fixed.
const settled = (name) => () => console.log('settled', name);
const failed = (name) => (error) => console.log('rejected', name, error.code);
console.log('start');
import('./esm/order/c.mjs').then(settled('c'));
import('node:path').then(settled('path'));
import('./esm/order/d.cjs').then(settled('d.cjs'));
import('./esm/order/missing.mjs').then(settled('missing'), failed('missing'));
import('./esm/order/c.mjs').then(settled('c again'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
process.nextTick(() => console.log('nextTick'));
console.log('end');
