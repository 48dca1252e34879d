// readline without a terminal: how chunks become lines. \r\n, \r and \n
// each end a line; a \r\n split between two chunks is one ending; the text
// after the last ending waits for more, and is a line of its own at 'end';
// multi-byte UTF-8 split between chunks; pause/resume/close events and
// history untouched in plain mode.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(name, chunks, options = {}) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const seen = [];
    rl.on('line', (line) => seen.push(line));
    rl.on('close', () => {
      console.log(name, JSON.stringify(seen), 'terminal:', rl.terminal, 'line:',
                  JSON.stringify(rl.line));
      resolve();
    });
    for (const chunk of chunks) input.write(chunk);
    input.end();
  });
}

(async () => {
  await run('lf', ['one\ntwo\n']);
  await run('crlf', ['one\r\ntwo\r\n']);
  await run('cr', ['one\rtwo\r']);
  await run('mixed', ['a\r\n\nb\r\rc\n\r\nd']);
  await run('split-crlf', ['a\r', '\nb\r', '\n']);
  await run('no-final-newline', ['x\ny']);
  await run('empty-lines', ['\n\n\n']);
  await run('only-text', ['abc', 'def']);
  await run('utf8-split', [Buffer.from([0x68, 0xc3]), Buffer.from([0xa9, 0x0a, 0xe2, 0x82]),
                           Buffer.from([0xac, 0x0a])]);
  await run('crlfDelay', ['a\r', '\nb\n'], { crlfDelay: 5000 });

  // Events of an interface's life.
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: null, prompt: '$ ' });
  for (const e of ['pause', 'resume', 'close', 'history']) rl.on(e, () => console.log('event', e));
  console.log('prompt', JSON.stringify(rl.getPrompt()));
  rl.setPrompt('% ');
  console.log('prompt', JSON.stringify(rl.getPrompt()));
  rl.pause();
  rl.pause();
  rl.resume();
  rl.on('line', (l) => console.log('line', l));
  rl.write('written\n');
  console.log('closed before', rl.closed === true);
  rl.close();
  rl.close();
  console.log('closed after', rl.closed, 'history', rl.history);
  try {
    rl.question('again? ', () => {});
  } catch (err) {
    console.log(err.code, err.message);
  }
  for (const bad of [{ input, completer: 5 }, { input, historySize: -1 },
                     { input, escapeCodeTimeout: NaN }, { input, history: 'x' }]) {
    try {
      readline.createInterface(bad);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
})();
