// A terminal-mode interface, fed keys one chunk at a time: after each key,
// the exact bytes written to the output (JSON-escaped), the line and the
// cursor. Covers typing, left/right, home/end, Ctrl-A/E/B/F/K/U/W/H/Y/L,
// Alt-B/F/D, backspace and delete, history up/down with prefix search,
// undo, a line longer than the terminal is wide, tabs, wide characters,
// SIGINT listeners, prompt(true), and completion with Node's list output.
const readline = require('readline');
const { PassThrough } = require('stream');

function session(title, options, keys, after) {
  console.log(`== ${title}`);
  const input = new PassThrough();
  const output = new PassThrough();
  if (options.columns) output.columns = options.columns;
  let bytes = '';
  output.on('data', (d) => { bytes += d.toString(); });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ', ...options });
  rl.on('line', (line) => console.log('  line event', JSON.stringify(line)));
  rl.on('history', (h) => console.log('  history event', JSON.stringify(h)));
  rl.prompt();
  console.log('  prompt', JSON.stringify(bytes));
  for (const key of keys) {
    bytes = '';
    input.write(key);
    console.log(`  ${JSON.stringify(key).padEnd(12)} ${JSON.stringify(bytes)}` +
                ` line=${JSON.stringify(rl.line)} cursor=${rl.cursor}`);
  }
  if (after) after(rl, () => bytes, (v) => { bytes = v; });
  rl.close();
}

const left = '\x1b[D';
const right = '\x1b[C';
const up = '\x1b[A';
const down = '\x1b[B';
session('typing and moving', {},
        ['a', 'b', 'c', left, left, 'X', right, '\x01', '\x05', '\x1b[H', '\x1b[F', '\x02',
         '\x06', '\x1b[1~', '\x1b[4~', '\r']);
session('deleting', {},
        ['one two three', '\x7f', left, left, '\x1b[3~', '\x04', '\x17', '\x0b', '\x01',
         '\x1bf', '\x1bd', '\x15', '\x19', '\x08', '\x1b\x7f', '\x1f', '\x1f', '\x1e', '\n']);
session('words', {}, ['foo.bar  baz', '\x1bb', '\x1bb', '\x1bb', '\x1bf', '\x1b[1;5D',
                      '\x1b[1;5C', '\x1b[3;5~', '\r']);
session('history', { history: ['older', 'old', 'new'] },
        [up, up, up, up, down, down, down, 'ol', up, up, up, down, 'x', up, '\r', up]);
session('history size and duplicates', { historySize: 2, removeHistoryDuplicates: true },
        ['a\r', 'b\r', 'a\r', 'c\r', up, up, up]);
session('wrapping at 10 columns', { columns: 10 },
        ['12345678', '9', '0', 'a', left, left, left, left, '\x01', '\x05', '\x7f', '\x7f', '\r']);
session('tabs and wide characters', { columns: 20 },
        ['\t', 'x', '\u4e2d\u6587', left, '\u{1F600}', left, right, '\r']);
session('pasted text with newlines', {}, ['pasted\nlines\r\nhere', '\x1b[200~', '\r']);
session('ctrl-l, escape, unknown keys', {}, ['abc', '\x0c', '\x1b', '\x1b[24~', '\x1b[2~', '\r']);

session('completion', {
  completer: (line) => {
    const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry', 'avocado'];
    const word = line.split(' ').pop();
    const hits = words.filter((w) => w.startsWith(word));
    return [hits.length ? hits : words, word];
  },
  columns: 30,
}, ['b', '\t', 'l', '\t', ' ', 'a', '\t', '\t', 'p', '\t', '\x15', '\t', '\t', '\r']);

session('completion with groups', {
  completer: (line, cb) => cb(null, [['x1', 'x2', '', 'x3'], line]),
}, ['x', '\t', '\t', '\r']);

session('SIGINT listener and prompt(true)', {}, ['abc', left], (rl, get, set) => {
  rl.on('SIGINT', () => console.log('  SIGINT, line still', JSON.stringify(rl.line)));
  rl.input.write('\x03');
  set('');
  rl.prompt(true);
  console.log('  prompt(true)', JSON.stringify(get()), 'cursor', rl.cursor);
  set('');
  rl.write('Z');
  rl.write(null, { ctrl: true, name: 'u' });
  console.log('  write(key)', JSON.stringify(get()), JSON.stringify(rl.line));
  set('');
  rl.setPrompt('>> ');
  rl.prompt();
  console.log('  new prompt', JSON.stringify(get()), rl.getCursorPos());
});

session('ctrl-c without listener closes', {}, ['ab'], (rl) => {
  rl.on('close', () => console.log('  closed by', 'ctrl-c'));
  rl.input.write('\x03');
});
session('ctrl-d on an empty line closes, not on a full one', {}, ['x', '\x04', '\x08'],
        (rl) => {
          rl.on('close', () => console.log('  closed by ctrl-d, line', JSON.stringify(rl.line)));
          rl.input.write('\x04');
        });
