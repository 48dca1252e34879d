// REPL completion, as replServer.complete(line, cb) answers it: commands,
// built-in module names in require('...'), globals and lexical names,
// properties of an object and its prototypes (grouped nearest first in
// the result, '' between groups), optional chaining, and keywords. Only
// names defined here are asked for, so the answer is the same everywhere.
const { drive } = require('./fixtures/repl-driver');

function ask(server, line) {
  return new Promise((resolve) => {
    server.complete(line, (err, [completions, completeOn]) => {
      console.log(JSON.stringify(line), '->', err, JSON.stringify(completions),
                  JSON.stringify(completeOn));
      resolve();
    });
  });
}

(async () => {
  let server;
  await drive([
    'globalThis.zqAlpha = 1; globalThis.zqAlphabet = 2; globalThis.zqBeta = 3',
    'let zqLexical = 4',
    'class Shape { area() {} around() {} static make() {} }',
    'class Square extends Shape { side() {} }',
    'var sq = new Square(); sq.own = 1; sq.other = { deep: { deeper: 1 } }',
    'var bare = Object.create(null); bare.k1 = 1; bare.k2 = 2; bare["not an id"] = 3',
    '.exit',
  ], { setup(s) { server = s; } });
  for (const line of ['.b', '.', '.e', 'zqA', 'zqLex', 'zqB', 'sq.a', 'sq.o', 'sq.s',
                      'sq.other.deep.d', 'sq?.ow', 'bare.', 'bare.k', 'Square.ma',
                      'require("readl', "require('string_d", 'zqNothing', 'nothing.at.all.',
                      'retu', 'type', '  zqAlphab', '5 + zqB', 'bare?.k', 'Shape.prototype.ar']) {
    await ask(server, line);
  }
})();
