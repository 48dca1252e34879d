// readline.emitKeypressEvents: the decoder from terminal bytes to keys.
// Letters, Ctrl and Alt combinations, CSI and SS3 escape sequences with and
// without modifiers, function keys, bracketed paste, a sequence split
// across chunks, UTF-8 and surrogate pairs, and a lone Escape ended by the
// escape timeout.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);  // a second call changes nothing
const show = (s, key) => {
  const { sequence, name, ctrl, meta, shift, code } = key;
  console.log(JSON.stringify(s), JSON.stringify({ sequence, name, ctrl, meta, shift, code }));
};
input.on('keypress', show);

const chunks = [
  'aZ5 .', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x1a', '\x1bb', '\x1bB', '\x1b\r',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1bOA', '\x1bOH', '\x1b[H', '\x1b[F',
  '\x1b[1~', '\x1b[3~', '\x1b[5~', '\x1b[6~', '\x1b[1;5C', '\x1b[1;2D', '\x1b[1;3A',
  '\x1b[3;5~', '\x1b[11~', '\x1b[24~', '\x1bOP', '\x1b[[A', '\x1b[a', '\x1bOc', '\x1b[Z',
  '\x1b[200~', 'pasted', '\x1b[201~', '\x1b[', '1;5', 'D', '\x1b\x1b[A', '\xe9\u20ac',
  '\u{1F600}', '\x1b[99x',
];
for (const chunk of chunks) input.write(chunk);

// A lone ESC: the decoder waits escapeCodeTimeout for more, then it is the
// Escape key.
setTimeout(() => {
  input.write('\x1b');
  setTimeout(() => {
    console.log('after timeout');
    input.removeListener('keypress', show);
    input.write('ignored: nobody listens');
    input.on('keypress', (s) => console.log('listening again', JSON.stringify(s)));
    input.write('k');
  }, 700);
}, 10);
