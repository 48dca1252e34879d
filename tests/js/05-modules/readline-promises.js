// readline/promises: question() as a promise, answered, aborted by a
// signal, and rejected by Ctrl+C / Ctrl+D on a terminal interface; the
// Readline class that batches control sequences until commit().
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

function collect(stream) {
  const out = [];
  stream.on('data', (d) => out.push(d.toString()));
  return out;
}

(async () => {
  console.log(readline.promises === rlp, typeof rlp.Readline, typeof rlp.createInterface);
  const input = new PassThrough();
  const output = new PassThrough();
  const written = collect(output);
  const rl = rlp.createInterface({ input, output, terminal: false });
  const answer = rl.question('name? ');
  input.write('Ada\n');
  console.log('answer', await answer);
  console.log('written', JSON.stringify(written.join('')));

  const ac = new AbortController();
  const pending = rl.question('never? ', { signal: ac.signal });
  ac.abort('changed my mind');
  await pending.catch((err) => console.log(err.name, err.code, err.message, err.cause));
  await rl.question('pre-aborted', { signal: AbortSignal.abort() })
    .catch((err) => console.log('pre-aborted:', err.name));
  rl.close();

  // Callback style with a signal, and util.promisify.
  const rl2 = readline.createInterface({ input: new PassThrough(), output: new PassThrough() });
  const ac2 = new AbortController();
  rl2.question('q? ', { signal: ac2.signal }, () => console.log('not called'));
  ac2.abort();
  rl2.question('q2? ', (a) => console.log('callback answer', a));
  rl2.write('yes\n');
  const q = require('util').promisify(rl2.question).bind(rl2);
  const p = q('q3? ');
  rl2.write('promisified\n');
  console.log('promisify answer', await p);
  rl2.close();

  for (const key of ['\x03', '\x04']) {
    const tin = new PassThrough();
    const trl = rlp.createInterface({ input: tin, output: new PassThrough(), terminal: true });
    const q3 = trl.question('> ');
    tin.write(key);
    await q3.catch((err) => console.log(JSON.stringify(key), err.name, err.message,
                                        'closed', trl.closed));
  }

  const out = new PassThrough();
  const seen = collect(out);
  const r = new rlp.Readline(out);
  r.cursorTo(3).cursorTo(2, 5).moveCursor(-2, 1).moveCursor(4, -3).moveCursor(0, 0)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('before commit', seen.length);
  await r.commit();
  console.log('commit', JSON.stringify(seen.join('')));
  r.cursorTo(1).rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(seen.slice(1).join('')));
  const auto = new rlp.Readline(out, { autoCommit: true });
  auto.clearLine(0);
  console.log('autoCommit same tick', seen.length);
  await new Promise(process.nextTick);
  console.log('autoCommit next tick', JSON.stringify(seen[seen.length - 1]));
  for (const f of [() => new rlp.Readline({}), () => r.cursorTo('1'), () => r.clearLine(2),
                   () => r.moveCursor(1.5, 0), () => new rlp.Readline(out, { autoCommit: 1 })]) {
    try {
      f();
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
})();
