// A REPL in terminal mode (over PassThrough streams, terminal: true): the
// exact bytes it writes for each chunk of keys typed. Evaluation, Ctrl+C
// on a full line and twice on an empty one, .editor mode ended by Ctrl+D,
// Tab completion of a global and of a command, history with the up arrow,
// and Ctrl+D on an empty line leaving.
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let bytes = '';
output.on('data', (d) => { bytes += d; });
const server = repl.start({ input, output, terminal: true, useColors: false, preview: false,
                            prompt: '> ' });
server.on('exit', () => console.log('exit event'));
const keys = [
  'var zqTerminalOnly = 1', '\r', '1 + 2', '\r', 'ab', '\x03', '\x03', '.editor', '\r', 'const q = 1', '\r', 'q + 1', '\r',
  '\x04', 'zqTerm', '\t', '\r', '.he', '\t', '\x15', '\x1b[A', '\x1b[A', '\x1b[B', '\x15',
  'function f() {', '\r', 'return 9 }', '\r', 'f()', '\r', 'throw new Error("t")', '\r',
  '\x04',
];
for (const key of keys) {
  bytes = '';
  input.write(key);
  console.log(JSON.stringify(key).padEnd(16), JSON.stringify(bytes));
}
