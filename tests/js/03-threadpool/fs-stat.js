// fs.stat, fs.lstat, fs.fstat: Stats objects and their predicates.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/file.txt`, '12345');

const describe = (label, stats) => console.log(label, stats.constructor.name,
  stats instanceof fs.Stats, stats.isFile() ? stats.size : '-', stats.isFile(), stats.isDirectory(),
  stats.isSymbolicLink(), stats.isFIFO(), stats.isSocket(), stats.isBlockDevice(),
  stats.isCharacterDevice());

async function main() {
  const stats = fs.statSync(`${dir}/file.txt`);
  console.log(Object.keys(stats));
  describe('file', stats);
  describe('directory', fs.statSync(dir));
  console.log('types', typeof stats.mtimeMs, stats.mtime instanceof Date,
              stats.mtime.getTime() === Math.round(stats.mtimeMs), stats.nlink, stats.blksize > 0);

  await new Promise((resolve) => fs.stat(`${dir}/file.txt`, (err, s) => {
    describe('callback', s);
    resolve();
  }));
  await new Promise((resolve) => fs.lstat(dir, (err, s) => { describe('lstat', s); resolve(); }));
  describe('promise', await fs.promises.stat(`${dir}/file.txt`));
  describe('promise lstat', await fs.promises.lstat(`${dir}/file.txt`));

  const fd = fs.openSync(`${dir}/file.txt`, 'r');
  describe('fstatSync', fs.fstatSync(fd));
  await new Promise((resolve) => fs.fstat(fd, (err, s) => { describe('fstat', s); resolve(); }));
  fs.closeSync(fd);

  const big = fs.statSync(`${dir}/file.txt`, { bigint: true });
  console.log('bigint', big.constructor.name, typeof big.size, big.size, big.isFile(),
              Object.keys(big).length, typeof big.mtimeNs, big.mtime instanceof Date);

  console.log(new fs.Stats(1, 0o100644, 1));
  console.log('special files', fs.statSync('/dev/null').isCharacterDevice());

  const show = (label, err) => console.log(label, hide(err.message), err.code, err.errno,
                                           err.syscall, hide(err.path));
  await new Promise((resolve) => fs.stat(`${dir}/missing`, (err, s) => {
    show('missing', err);
    console.log('stats', s);
    resolve();
  }));
  try { fs.lstatSync(`${dir}/missing`); } catch (err) { show('lstat missing', err); }
  await fs.promises.stat(`${dir}/file.txt/x`).catch((err) => show('not a directory', err));
  try { fs.fstatSync(999); } catch (err) { show('bad fd', err); }

  fs.rmSync(dir, { recursive: true });
}
main();
