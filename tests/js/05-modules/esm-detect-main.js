// A .js main script with module syntax and no package.json that declares a
// type: it runs as an ES module (no warning: no package.json to fix).
import { basename } from 'node:path';

console.log(basename(import.meta.url), typeof require, typeof module, typeof __filename);
const value = await Promise.resolve('top-level await works');
console.log(value);
