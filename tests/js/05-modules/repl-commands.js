// The REPL's commands over streams: .help, .break, .clear, .save, .load,
// .exit, an unknown command, defineCommand, displayPrompt, setPrompt,
// the 'reset' and 'exit' events, _ and _error with Node's messages.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { drive } = require('./fixtures/repl-driver');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-commands-'));
process.chdir(dir);
fs.writeFileSync('script.js', 'const loaded = 40;\nfunction plusTwo(x) {\n  return x + 2;\n}\n');

(async () => {
  const { transcript } = await drive([
    '.help',
    '1 + 1',
    '_',
    '_ * 10',
    '_ = 5',
    '_',
    '41 + 1',
    '_',
    'throw new RangeError("kept")',
    '_error.message',
    '_error = 1',
    '_error',
    'function f() {',
    '.break',
    '.nonsense',
    '.shout hello there',
    '.load script.js',
    'plusTwo(loaded)',
    '.save session.js',
    '.load missing.js',
    '.load .',
    '.save',
    '.clear',
    '.exit',
  ], {
    setup(server) {
      server.defineCommand('shout', {
        help: 'Say it loudly',
        action(text) {
          this.output.write(`${text.toUpperCase()}!\n`);
          this.displayPrompt();
        },
      });
      server.on('reset', (context) => console.log('reset event, context is an object:',
                                                  typeof context));
      server.on('exit', () => console.log('exit event'));
    },
  });
  console.log(transcript);
  console.log('saved session:');
  console.log(fs.readFileSync('session.js', 'utf8'));

  const second = await drive(['.help', '1', '.exit'], { prompt: 'node> ', useGlobal: true,
                                                         ignoreUndefined: true });
  console.log(second.transcript);
  const third = await drive(['undefined', 'void 0', 'null', '.exit'], { ignoreUndefined: true });
  console.log(third.transcript);
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
})();
