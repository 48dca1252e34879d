// fs streams' errors: thrown at construction for bad options, emitted as
// 'error' (then 'close') for what fails in the file system.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-streams-errors-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync('data.txt', '0123456789');

function attempt(label, make) {
  try {
    make();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('no path', () => fs.createReadStream());
attempt('number path', () => fs.createReadStream(42));
attempt('start > end', () => fs.createReadStream('data.txt', { start: 5, end: 1 }));
attempt('negative start', () => fs.createReadStream('data.txt', { start: -1 }));
attempt('string end', () => fs.createReadStream('data.txt', { end: '3' }));
attempt('fd string', () => fs.createReadStream(null, { fd: '3' }));
attempt('fd negative', () => fs.createReadStream(null, { fd: -1 }));
attempt('fs.read missing', () => fs.createReadStream('data.txt', { fs: { open() {}, close() {} } }));
attempt('fs.open missing', () => fs.createWriteStream('x.txt', { fs: { write() {}, close() {} } }));
attempt('write start', () => fs.createWriteStream('x.txt', { start: 1.5 }));
attempt('bad encoding', () => fs.createReadStream('data.txt', { encoding: 'nope' }));
attempt('options number', () => fs.createReadStream('data.txt', 42));

const steps = [
  (next) => {
    const r = fs.createReadStream('missing.txt');
    r.on('open', () => console.log('missing open'));
    r.on('error', (err) => console.log('missing error', err.code, err.syscall, err.message));
    r.on('close', () => { console.log('missing close'); next(); });
  },
  (next) => {
    const r = fs.createReadStream('.');
    r.on('error', (err) => console.log('directory error', err.code, err.syscall, err.message));
    r.on('close', () => { console.log('directory close'); next(); });
    r.resume();
  },
  (next) => {
    const w = fs.createWriteStream('no/such/dir.txt');
    w.write('x', (err) => console.log('write callback', err.code));
    w.on('error', (err) => console.log('write error', err.code, err.message));
    w.on('close', () => { console.log('write close'); next(); });
  },
  (next) => {
    const w = fs.createWriteStream('done.txt');
    w.end('done');
    w.write('late', (err) => console.log('after end callback', err.code));
    w.on('error', (err) => console.log('after end error', err.code, err.message));
    w.on('close', () => { console.log('after end close'); next(); });
  },
  (next) => {
    const w = fs.createWriteStream('exclusive.txt', { flags: 'wx' });
    w.on('close', () => {
      const again = fs.createWriteStream('exclusive.txt', { flags: 'wx' });
      again.on('error', (err) => console.log('wx error', err.code, err.message));
      again.on('close', next);
    });
    w.end();
  },
];
(function step(i) { if (i < steps.length) steps[i](() => step(i + 1)); })(0);
