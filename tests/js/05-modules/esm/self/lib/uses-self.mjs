// Imports its own package by name: "exports" decides, with the import and
// require conditions, as for any package.
import { via } from 'self-ref';
import { util } from 'self-ref/util';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const results = [via, util, require('self-ref').via, require('self-ref/util').util];

export const errors = [];
for (const load of [() => require('self-ref/missing'), () => require('self-ref/hidden/x')]) {
  try {
    load();
  } catch (error) {
    errors.push(`${error.code}: ${error.message.replace(/ imported from .*/, '')}`);
  }
}
for (const specifier of ['self-ref/missing', 'self-ref/hidden/x']) {
  try {
    await import(specifier);
  } catch (error) {
    errors.push(`${error.code}: ${error.message.replace(/ imported from .*/, '')}`);
  }
}
