// Folders: mkdir (recursive, and what it answers), mkdtemp, readdir (names,
// Buffers, Dirents, recursive), opendir and Dir, rm and rmdir.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-dirs-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (p) => (p === undefined ? p : path.relative(root, p));
const sorted = (list) => list.slice().sort();

console.log('mkdir', fs.mkdirSync('a'), rel(fs.mkdirSync('a/b/c/d', { recursive: true })));
console.log('mkdir existing recursive', fs.mkdirSync('a/b', { recursive: true }));
console.log('mkdir mode', fs.mkdirSync('m', 0o700), (fs.statSync('m').mode & 0o777).toString(8));
console.log('mkdir options mode', fs.mkdirSync('n', { mode: '750' }), (fs.statSync('n').mode & 0o777).toString(8));
fs.writeFileSync('a/file1', '1');
fs.writeFileSync('a/b/file2', '2');
fs.writeFileSync('a/b/c/file3', '3');
fs.symlinkSync('b', 'a/link-to-b');
fs.symlinkSync('nowhere', 'a/dangling');

console.log('readdir', fs.readdirSync('a'));
console.log('readdir buffer', fs.readdirSync('a', 'buffer').map((b) => Buffer.isBuffer(b)));
console.log('readdir options buffer', fs.readdirSync('a', { encoding: 'buffer' })[0]);
console.log('readdir hex', fs.readdirSync('a/b', { encoding: 'hex' }));
console.log('readdir recursive', fs.readdirSync('a', { recursive: true }));
const dirents = fs.readdirSync('a', { withFileTypes: true });
console.log(dirents.map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(),
  d.isFIFO(), d.isSocket(), d.isBlockDevice(), d.isCharacterDevice(), d.path, d.parentPath]));
console.log(dirents[0]);
const deep = fs.readdirSync('a', { withFileTypes: true, recursive: true });
console.log('dirents recursive', deep.map((d) => `${d.parentPath}:${d.name}`));
console.log('Dirent class', dirents[0] instanceof fs.Dirent, new fs.Dirent('x', 2, 'p').isDirectory());
console.log('readdir URL-like', fs.readdirSync(Buffer.from('a/b')));

const temp = fs.mkdtempSync('tmp-');
console.log('mkdtemp', temp.length, /^tmp-[A-Za-z0-9]{6}$/.test(temp), fs.statSync(temp).isDirectory());
console.log('mkdtemp buffer', Buffer.isBuffer(fs.mkdtempSync('buf-', 'buffer')));

const dir = fs.opendirSync('a');
console.log('Dir', dir.constructor.name, dir instanceof fs.Dir, dir.path);
const names = [];
let entry;
while ((entry = dir.readSync()) !== null) names.push(`${entry.name}:${entry.isDirectory()}`);
console.log('readSync', sorted(names), dir.readSync());
dir.closeSync();
try { dir.closeSync(); } catch (e) { console.log(e.name, e.code, e.message); }
try { dir.readSync(); } catch (e) { console.log(e.code); }

async function main() {
  const d2 = await fs.promises.opendir('a/b', { bufferSize: 1 });
  const seen = [];
  for await (const e of d2) seen.push(e.name);
  console.log('for await', sorted(seen));
  await d2.close().catch((e) => console.log('close after iteration', e.code));
  const d3 = fs.opendirSync('a/b/c');
  console.log('read', sorted([(await d3.read()).name, (await d3.read()).name]), await d3.read());
  await d3.close();
  await new Promise((resolve) => fs.opendir('a', (err, d4) => {
    d4.read((err2, first) => {
      console.log('read callback', err2, typeof first.name);
      d4.close((err3) => { console.log('close callback', err3); resolve(); });
    });
  }));
  const d5 = fs.opendirSync('a');
  const list = [];
  for await (const e of d5.entries()) list.push(e.name);
  console.log('entries()', list.length);
  try { d5.read(() => {}); } catch (e) { console.log('read after close', e.code); }
  try { d5.read(); } catch (e) { console.log('read() after close', e.code); }

  console.log('rmdir not recursive', (() => { try { fs.rmdirSync('a'); } catch (e) { return e.code; } })());
  console.log('rm recursive', fs.rmSync('a/b', { recursive: true }), fs.existsSync('a/b'),
              fs.existsSync('a/link-to-b'));
  console.log('rm link only', fs.rmSync('a/link-to-b'), fs.existsSync('a/link-to-b'));
  console.log('rmdir recursive', fs.rmdirSync('a', { recursive: true }), fs.existsSync('a'));
  console.log('rmdir', fs.rmdirSync('m'));
  await new Promise((resolve) => fs.rmdir('n', { recursive: true }, (err) => { console.log('rmdir recursive callback', err); resolve(); }));
  console.log('left', sorted(fs.readdirSync('.')).map((n) => n.replace(/-.{6}$/, '-XXXXXX')));
}
main();
