// Multi-line input: a SyntaxError at the end of the input (an open brace,
// an unfinished call or array, a template literal) makes the REPL prompt
// '... ' for more; other SyntaxErrors are reported at once. Object literals
// typed alone; let/const/class persisting between lines; top-level await
// with a value, a declaration and a rejection.
const { drive } = require('./fixtures/repl-driver');

(async () => {
  const { transcript } = await drive([
    'function add(a, b) {',
    '  return a + b;',
    '}',
    'add(2,',
    '3)',
    '[1,',
    '2,',
    '3].map((x) => x * 2)',
    '`one',
    'two`',
    '{ a: 1, b: [1, 2] }',
    '{ a: 1 }; 5',
    '{}',
    'let counter = 1',
    'counter += 1',
    'const fixed = { n: counter }',
    'fixed',
    'class Point { constructor(x) { this.x = x; } }',
    'new Point(3)',
    'if (counter > 1) {',
    '  "big"',
    '} else {',
    '  "small"',
    '}',
    'await Promise.resolve(7)',
    'const later = await new Promise((resolve) => setTimeout(() => resolve("waited"), 5))',
    'later',
    'await Promise.reject(new Error("refused"))',
    'var v = 1; v + 1',
    '/* open comment',
    'still open */ "closed"',
    '"unterminated',
    'add(1',
    '.break',
    '',
    '   ',
    '.exit',
  ]);
  console.log(transcript);
})();
