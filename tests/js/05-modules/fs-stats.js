// Stats and BigIntStats: the fields a stat gives, the Dates made from them,
// the type tests, and fs.Stats itself.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-stats-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync('file', 'twelve bytes');
fs.utimesSync('file', 1234567.891, 2345678.5);
fs.mkdirSync('dir');
fs.symlinkSync('file', 'link');

const s = fs.statSync('file');
console.log(Object.keys(s).join(' '));
console.log(s.constructor.name, s instanceof fs.Stats, typeof s.dev, s.size, s.nlink);
console.log('times', s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString());
console.log('ctime is a Date', s.ctime instanceof Date, s.ctime.getTime() === Math.round(s.ctimeMs));
console.log('birthtime', s.birthtime instanceof Date);
console.log('own dates', Object.getOwnPropertyDescriptor(s, 'mtime').enumerable);
const types = (st) => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
  'isBlockDevice', 'isCharacterDevice'].filter((m) => st[m]()).join(',');
console.log('file', types(s), 'dir', types(fs.statSync('dir')), 'link', types(fs.lstatSync('link')),
            'through link', types(fs.statSync('link')), '/dev/null', types(fs.statSync('/dev/null')));
console.log('mode', (s.mode & 0o170000).toString(8), s.mode === fs.lstatSync('link', {}).mode);

const b = fs.statSync('file', { bigint: true });
console.log(b.constructor.name, Object.keys(b).length, typeof b.size, b.size, b.isFile());
console.log('ns', b.atimeNs, b.mtimeNs, b.mtimeMs, b.mtime.toISOString());
console.log('bigint types', types(fs.lstatSync('link', { bigint: true })));
console.log('fstat bigint', fs.fstatSync(fs.openSync('file'), { bigint: true }).size);

console.log(new fs.Stats(1, 0o100644, 1, 2, 3, 4, 5, 6, 7, 8, 1000, 2000, 3000, 4000));
console.log('Stats()', fs.Stats.length, typeof fs.Stats.prototype.isFile);
console.log('throwIfNoEntry', fs.statSync('missing', { throwIfNoEntry: false }),
            fs.lstatSync('missing', { throwIfNoEntry: false, bigint: true }));

async function main() {
  const p = await fs.promises.stat('file');
  console.log('promise', p.constructor.name, p.mtimeMs);
  const pb = await fs.promises.lstat('link', { bigint: true });
  console.log('promise bigint', pb.constructor.name, pb.isSymbolicLink());
  // Callback stats are their own objects, not views of a shared array.
  const both = await Promise.all(['file', 'dir'].map((name) => new Promise((resolve) => fs.stat(name, (err, st) => resolve(st)))));
  console.log('callback pair', both[0].isFile(), both[1].isDirectory(), both[0].size);
  const handle = await fs.promises.open('file');
  console.log('handle stat', (await handle.stat()).size, (await handle.stat({ bigint: true })).size);
  await handle.close();
}
main();
