// CommonJS seen from import: default is module.exports; the named exports
// are what a static reading of the file finds (not what it sets at run time).
import * as assign from './esm/cjs/assign.cjs';
import literal, { a, b } from './esm/cjs/literal.cjs';

const show = (namespace) => Object.keys(namespace).map((key) => {
  const value = namespace[key];
  return `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
}).join(' ');

console.log('assign:', show(assign));
console.log('literal default and names:', typeof literal, a, b);
for (const name of ['literal', 'literal-value', 'reexport', 'spread', 'es-module-flag',
                    'function', 'state']) {
  const namespace = await import(`./esm/cjs/${name}.cjs`);
  console.log(`${name}:`, Object.keys(namespace).join(' '));
}
const flagged = await import('./esm/cjs/es-module-flag.cjs');
console.log('__esModule: default is still module.exports:', typeof flagged.default,
            flagged.default.default, flagged.named, flagged.__esModule);
const fn = await import('./esm/cjs/function.cjs');
console.log('function exports:', fn.default(), fn.extra);

// A CommonJS module runs once, whether imported or required.
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const state = await import('./esm/cjs/state.cjs');
console.log('imported then required:', state.loads, require('./esm/cjs/state.cjs').loads,
            globalThis.stateLoads);
