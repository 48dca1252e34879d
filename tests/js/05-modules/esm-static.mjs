// A main script that is an ES module: static imports of files, built-ins
// (with named exports), packages (exports conditions, main), a .js under
// "type": "module", live bindings, a cycle, re-exports, top-level await
// and import.meta.
import assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'path';
import { EventEmitter } from 'events';
import counterDefault, { count, increment } from './esm/counter.mjs';
import * as counterNamespace from './esm/counter.mjs';
import { a, b, seenFromB } from './esm/cycle-a.mjs';
import * as reexports from './esm/reexport.mjs';
import { before, value } from './esm/tla.mjs';
import { meta } from './esm/meta.mjs';
import { kind, requireType } from './esm/pkg-type/esm.js';
import cjsUnderTypeModule from './esm/pkg-type/cjs.cjs';

const here = import.meta.dirname;
const show = (text) => String(text).split(here).join('HERE');

console.log('this at top level:', this);
console.log('typeof require, module, exports:', typeof require, typeof module, typeof exports);
console.log('builtin default is the module:', assert === (await import('node:assert')).default);
console.log('named builtin export:', typeof readFileSync, typeof EventEmitter);
console.log('path namespace has join:', typeof path.join, typeof path.default.join);

console.log('live binding before:', count, counterDefault);
increment();
increment();
console.log('live binding after:', count, counterNamespace.count);
console.log('namespace:', Object.keys(counterNamespace), counterNamespace[Symbol.toStringTag]);
assert.throws(() => { counterNamespace.count = 5; }, TypeError);

console.log('cycle:', a, b, seenFromB);
console.log('re-exports:', Object.keys(reexports), reexports.counterDefault,
            reexports.counterNamespace === counterNamespace);
console.log('top-level await:', before, value);
console.log('type module:', kind, requireType);
console.log('.cjs under type module:', cjsUnderTypeModule);

console.log('import.meta keys:', Object.keys(meta));
console.log('import.meta.url:', show(meta.url));
console.log('import.meta.filename:', show(meta.filename), show(meta.dirname));
console.log('import.meta.resolve:', show(import.meta.resolve('./esm/counter.mjs')),
            show(import.meta.resolve('./esm/does-not-exist.mjs')), import.meta.resolve('fs'));
console.log('same record twice:', (await import('./esm/counter.mjs')) === counterNamespace);
console.log('query makes another record:',
            (await import('./esm/counter.mjs?again')) === counterNamespace);
const { load } = await import('./esm/load-from-here.mjs');
console.log('bare package (import condition):', (await load('dual')).default);
console.log('subpath pattern:', (await load('dual/feature/x')).feature);
console.log('package main, CommonJS:', (await load('plain')).plain);
console.log('reads its own file:', readFileSync(import.meta.filename, 'utf8').length > 0);
