// Files of no declared type (.js, a package.json without "type") are
// CommonJS unless they only parse as ES modules (Node 20.19's syntax
// detection). import() of a detected module warns once per package.json
// (stderr); require() of one returns its namespace, silently.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const show = (ns) => JSON.stringify({ ...ns }, (key, value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && key !== '' ?
    '[object]' : value);

for (const name of ['imports', 'exports', 'await', 'redeclare', 'meta', 'plain', 'mixed']) {
  const ns = await import(`./esm/detect/typeless/${name}.js`);
  console.log(name, show(ns));
}
for (const file of ['./esm/detect/typeless/broken.js', './esm/detect/commonjs/declared.js']) {
  try {
    await import(file);
  } catch (error) {
    console.log(error.name, error.message);
  }
}
console.log('required', show(require('./esm/detect/typeless/exports.js')));
console.log('required plain', show(require('./esm/detect/typeless/plain.js')));
