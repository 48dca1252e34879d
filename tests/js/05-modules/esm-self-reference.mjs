// A package imports and requires itself by its own "name", through its
// "exports" (esm/self/package.json); outside the package the name means
// nothing.
import { results, errors } from './esm/self/lib/uses-self.mjs';
import { createRequire } from 'node:module';

console.log(results);
for (const error of errors) console.log(error.replace(process.cwd(), '.'));

const require = createRequire(import.meta.url);
try {
  require('self-ref');
} catch (error) {
  console.log(error.code);
}
try {
  await import('self-ref');
} catch (error) {
  console.log(error.code);
}
