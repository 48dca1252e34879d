// How the REPL reports what went wrong, and goes on: thrown errors with the
// user's frames only, thrown non-errors, SyntaxErrors with the arrow under
// the token, errors from built-ins, a custom eval's error and result, a
// custom writer, and errors in the middle of multi-line input.
const { drive } = require('./fixtures/repl-driver');

(async () => {
  const first = await drive([
    'throw new Error("plain")',
    'function inner() { throw new TypeError("deep"); }',
    'function outer() { inner(); }',
    'outer()',
    'throw 5',
    'throw "text"',
    'throw { code: 42 }',
    'throw null',
    'nosuchname',
    'new Array(-1)',
    'null.property',
    'let dup = 1',
    'let dup = 2',
    '1 +* 2',
    'const e = new Error("with props"); e.extra = true; throw e',
    'class MyError extends Error {}',
    'throw new MyError("custom")',
    'function broken() {',
    '  return )',
    '1 + 1',
    '.exit',
  ]);
  console.log(first.transcript);

  const second = await drive(['anything', 'fail', 'more', '.exit'], {
    eval(code, context, file, cb) {
      if (code.trim() === 'fail') return cb(new Error('custom eval failed'));
      if (code.trim() === 'more') return cb(new (require('repl').Recoverable)(new SyntaxError('x')));
      cb(null, { code, file: typeof file });
    },
    writer: (value) => `<<${JSON.stringify(value)}>>`,
  });
  console.log(second.transcript);
})();
