// Bad arguments: the TypeError or RangeError Node throws, with its code, for
// every fs function, thrown by the callback and sync forms and turned into a
// rejection by the promise form.
const fs = require('fs');
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
const noop = () => {};

attempt('readFile path', () => fs.readFile({}, noop));
attempt('readFile no callback', () => fs.readFile('x'));
attempt('readFile callback not a function', () => fs.readFile('x', 5));
attempt('readFile options', () => fs.readFile('x', 42, noop));
attempt('readFile encoding', () => fs.readFile('x', 'nope', noop));
attempt('readFile encoding option', () => fs.readFile('x', { encoding: 42 }, noop));
attempt('readFile flag', () => fs.readFile('x', { flag: 'q' }, noop));
attempt('readFile null byte', () => fs.readFile('a\0b', noop));
attempt('readFile fraction', () => fs.readFile(1.5, noop));
attempt('readFileSync fd', () => fs.readFileSync(-1));
attempt('readFileSync nothing', () => fs.readFileSync());
attempt('writeFile data', () => fs.writeFile('x', 42, noop));
attempt('writeFile object', () => fs.writeFile('x', {}, noop));
attempt('writeFile no callback', () => fs.writeFile('x', 'd'));
attempt('writeFile mode', () => fs.writeFile('x', 'd', { mode: 'zz' }, noop));
attempt('writeFileSync encoding', () => fs.writeFileSync('x', 'd', 'nope'));
attempt('appendFile encoding', () => fs.appendFile('x', 'd', { encoding: 'nope' }, noop));
attempt('stat path', () => fs.stat(1, noop));
attempt('stat no callback', () => fs.stat('x', 5));
attempt('lstat nothing', () => fs.lstat());
attempt('fstat fd', () => fs.fstat('x', noop));
attempt('readdir options', () => fs.readdir('x', 5, noop));
attempt('readdir encoding', () => fs.readdir('x', { encoding: 'nope' }, noop));
attempt('mkdir recursive', () => fs.mkdir('x', { recursive: 'yes' }, noop));
attempt('mkdir mode', () => fs.mkdir('x', 'bad', noop));
attempt('mkdirSync mode range', () => fs.mkdirSync('x', -1));
attempt('rm path', () => fs.rm(5, noop));
attempt('rm options', () => fs.rm('x', 5, noop));
attempt('rm recursive', () => fs.rm('x', { recursive: 5 }, noop));
attempt('rm force', () => fs.rm('x', { force: 5 }, noop));
attempt('unlink callback', () => fs.unlink('x', 5));
attempt('rename newPath', () => fs.rename('x', 5, noop));
attempt('rename no callback', () => fs.rename('x', 'y'));
attempt('open path', () => fs.open(5, noop));
attempt('open flags', () => fs.open('x', 'zz', noop));
attempt('open flags number', () => fs.open('x', 42.5, noop));
attempt('open callback', () => fs.open('x', 5));
attempt('open mode callback', () => fs.open('x', 'r', 5));
attempt('access mode', () => fs.access('x', 'r', noop));
attempt('access mode range', () => fs.access('x', 8, noop));
attempt('access path', () => fs.access(5));
attempt('close fd', () => fs.close('x', noop));
attempt('close fraction', () => fs.close(1.5, noop));
attempt('close negative', () => fs.close(-1, noop));
attempt('close too big', () => fs.close(2 ** 31, noop));
attempt('close callback', () => fs.close(1, 5));
attempt('read fd', () => fs.read('x', noop));
attempt('read callback', () => fs.read(1, 5));
attempt('readSync buffer', () => fs.readSync(0, 'x', 0, 1, 0));
attempt('readSync length', () => fs.readSync(0, new Uint8Array(4), 0, 30, 0));
attempt('readSync offset', () => fs.readSync(0, new Uint8Array(4), 5, 1, 0));
attempt('readSync negative offset', () => fs.readSync(0, new Uint8Array(4), -1, 1, 0));
attempt('readSync position', () => fs.readSync(0, new Uint8Array(4), 0, 1, 'x'));
attempt('readSync empty', () => fs.readSync(0, new Uint8Array(0), 0, 1, 0));
attempt('write buffer', () => fs.write(1, 5, noop));
attempt('write callback', () => fs.write(1, 'x', 5));
attempt('writeSync offset', () => fs.writeSync(1, new Uint8Array(4), 25));
attempt('writeSync length', () => fs.writeSync(1, new Uint8Array(4), 0, 25));

// The promise form rejects instead (one at a time: how many microtask turns
// a rejection takes is an internal detail of Node's async functions).
(async () => {
  const rejected = fs.promises.stat(5);
  console.log('promise form returns', rejected instanceof Promise);
  await rejected.catch((err) => console.log('promise rejects', err.code, err.message));
  await fs.promises.readFile().catch((err) => console.log('promise rejects', err.code));
  await fs.promises.mkdir('x', { recursive: 1 }).catch((err) => console.log('promise rejects', err.code));
})();
