// for await (const line of rl): lines queue until the loop takes them, the
// loop ends at 'close', and `break` closes the interface.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

(async () => {
  const rl = readline.createInterface({ input: Readable.from(['alpha\nbeta\n', 'gamma']) });
  for await (const line of rl) console.log('line', line);
  console.log('loop over, closed:', rl.closed);

  const input = new PassThrough();
  const rl2 = readline.createInterface({ input });
  rl2.on('close', () => console.log('rl2 closed'));
  input.write('1\n2\n3\n4\n');
  let n = 0;
  for await (const line of rl2) {
    console.log('got', line);
    if (++n === 2) break;
  }
  console.log('after break, closed:', rl2.closed);

  // Lines that arrive one at a time, later than the loop asks for them.
  const slow = new PassThrough();
  const rl3 = readline.createInterface({ input: slow, crlfDelay: Infinity });
  let i = 0;
  const feed = () => {
    if (i === 3) return slow.end('last');
    slow.write(`slow ${i++}\r\n`);
    setImmediate(feed);
  };
  setImmediate(feed);
  const lines = [];
  for await (const line of rl3) lines.push(line);
  console.log(lines);
  const it = rl3[Symbol.asyncIterator]();
  console.log(typeof it.next, it[Symbol.asyncIterator]() === it);
})();
