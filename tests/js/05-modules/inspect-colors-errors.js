// Errors with `colors: true`: as in Node, frames of the runtime's own
// modules (node:fs, node:internal/...) are grey, and in the other frames
// the working directory is grey and a package under node_modules is
// underlined, so the program's own files stand out. The stacks are written
// by hand (real ones differ between runtimes); the working directory is
// shown as <cwd> so the record holds wherever the tests run.
'use strict';
const util = require('util');

const cwd = process.cwd();
const show = (value, options) => console.log(
  util.inspect(value, { colors: true, ...options }).split(cwd).join('<cwd>'));

function withStack(error, frames) {
  error.stack = `${error.name}: ${error.message}\n${frames.map((f) => `    at ${f}`).join('\n')}`;
  return error;
}

const frames = [
  `main (${cwd}/app.js:10:5)`,
  `${cwd}/top-level.js:1:1`,
  `Object.readFileSync (node:fs:453:20)`,
  `node:internal/modules/cjs/loader:1100:14`,
  `run (node:not-a-builtin-module:1:1)`,
  `load (${cwd}/node_modules/some-package/index.js:3:7)`,
  `scoped (${cwd}/node_modules/@scope/package/lib/x.js:1:1)`,
  `nested (/elsewhere/node_modules/a/node_modules/b/c.js:2:2)`,
  `notAModule (/tmp/my_node_modules/x.js:1:1)`,
  `file:///${cwd.slice(1)}/module.mjs:4:4`,
  `elsewhere (/somewhere/else/file.js:1:1)`,
];
const error = withStack(new Error('boom'), frames);
show(error);
show({ nested: { error } });
show([error], { compact: false });

// Own properties, a cause, and frames shared with the cause.
const cause = withStack(new TypeError('root cause'), frames.slice(2));
const wrapped = withStack(new Error('wrapper', { cause }), [`outer (${cwd}/a.js:1:1)`,
                                                            ...frames.slice(2)]);
wrapped.code = 'E_WRAPPED';
show(wrapped);

// Without frames the error is one bracketed value; subclasses and changed
// names are corrected in the first line as without colours.
const noStack = new Error('plain');
noStack.stack = 'Error: plain';
show(noStack);
show(Object.assign(noStack, { extra: 1 }));
class CustomError extends Error {}
show(withStack(new CustomError('custom'), [`f (${cwd}/x.js:1:1)`]));
const aggregate = withStack(new AggregateError([noStack], 'many'), [`g (${cwd}/y.js:2:2)`]);
show(aggregate);
