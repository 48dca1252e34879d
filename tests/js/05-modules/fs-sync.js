// fs's synchronous API: open flags and modes, read/write in both
// signatures, whole-file helpers, copy, rename, links, truncate, times.
// Works in a fresh temporary folder, with relative paths.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-sync-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

// writeFileSync / readFileSync with encodings, flags and fds.
fs.writeFileSync('a.txt', 'hello');
console.log(fs.readFileSync('a.txt'), fs.readFileSync('a.txt', 'utf8'));
console.log(fs.readFileSync('a.txt', { encoding: 'hex' }), fs.readFileSync('a.txt', 'base64'));
fs.writeFileSync('a.txt', Buffer.from(' world'), { flag: 'a' });
fs.appendFileSync('a.txt', '!');
fs.appendFileSync('a.txt', new Uint8Array([63]));
console.log(JSON.stringify(fs.readFileSync('a.txt', 'latin1')));
fs.writeFileSync('b.txt', 'c3VycHJpc2U=', 'base64');
console.log(fs.readFileSync('b.txt', 'utf8'));
fs.writeFileSync('mode.txt', 'x', { mode: 0o600 });
console.log('mode', (fs.statSync('mode.txt').mode & 0o777).toString(8));
try { fs.writeFileSync('a.txt', 'x', { flag: 'wx' }); } catch (e) { console.log(e.code, e.syscall, e.message); }

// open with every common flag string.
for (const flags of ['r', 'r+', 'rs+', 'w', 'w+', 'a', 'a+', 'as', 'as+', 'ax', 'wx']) {
  const name = `flags-${flags}.txt`;
  if (flags[0] === 'r') fs.writeFileSync(name, 'abc');
  try {
    const fd = fs.openSync(name, flags);
    let written = '-';
    try { written = fs.writeSync(fd, 'Z'); } catch (e) { written = e.code; }
    fs.closeSync(fd);
    console.log(flags, typeof fd, written, JSON.stringify(fs.readFileSync(name, 'utf8')));
  } catch (e) {
    console.log(flags, e.code);
  }
}
console.log('ax again', (() => { try { fs.openSync('flags-ax.txt', 'ax'); } catch (e) { return e.code; } })());
const numeric = fs.openSync('num.txt', fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o640);
fs.closeSync(numeric);
console.log('numeric flags', (fs.statSync('num.txt').mode & 0o777).toString(8));
fs.closeSync(fs.openSync('str-mode.txt', 'w', '644'));
console.log('string mode', (fs.statSync('str-mode.txt').mode & 0o777).toString(8));

// readSync and writeSync in both signatures.
const fd = fs.openSync('rw.bin', 'w+');
console.log('writeSync buffer', fs.writeSync(fd, Buffer.from('0123456789')));
console.log('writeSync offset/length/position', fs.writeSync(fd, Buffer.from('abcdef'), 1, 3, 2));
console.log('writeSync options', fs.writeSync(fd, Buffer.from('XYZ'), { offset: 1, length: 2, position: 8 }));
console.log('writeSync string position', fs.writeSync(fd, 'QQ', 0));
console.log('writeSync string encoding', fs.writeSync(fd, '2121', 4, 'hex'));
const buf = Buffer.alloc(12);
console.log('readSync', fs.readSync(fd, buf, 0, 12, 0), JSON.stringify(buf.toString('latin1')));
console.log('readSync options', fs.readSync(fd, buf, { position: 2, length: 3 }), buf.subarray(0, 3).toString());
console.log('readSync at end', fs.readSync(fd, buf, 0, 4, 100));
console.log('readSync zero length', fs.readSync(fd, buf, 0, 0, 0));
console.log('readSync bigint position', fs.readSync(fd, buf, 0, 2, 1n), buf.subarray(0, 2).toString());
console.log('writevSync', fs.writevSync(fd, [Buffer.from('v1'), Buffer.from('v2')], 0));
fs.ftruncateSync(fd, 4);
console.log('fstat after ftruncate', fs.fstatSync(fd).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log('readFileSync fd', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);

// copy, rename, link, symlink, truncate, unlink, utimes, chmod.
fs.copyFileSync('a.txt', 'copy.txt');
try { fs.copyFileSync('a.txt', 'copy.txt', fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.message); }
fs.renameSync('copy.txt', 'moved.txt');
console.log('exists', fs.existsSync('copy.txt'), fs.existsSync('moved.txt'), fs.existsSync(''), fs.existsSync(5));
fs.linkSync('moved.txt', 'hard.txt');
console.log('nlink', fs.statSync('moved.txt').nlink);
fs.symlinkSync('moved.txt', 'soft.txt');
console.log('readlink', fs.readlinkSync('soft.txt'), fs.readlinkSync('soft.txt', 'buffer'));
console.log('lstat link', fs.lstatSync('soft.txt').isSymbolicLink(), fs.statSync('soft.txt').isFile());
console.log('realpath', path.relative(fs.realpathSync('.'), fs.realpathSync('soft.txt')),
            path.relative(fs.realpathSync('.'), fs.realpathSync.native('soft.txt')));
fs.truncateSync('moved.txt', 3);
console.log('truncated', fs.readFileSync('moved.txt', 'utf8'));
fs.truncateSync('moved.txt');
console.log('truncated to 0', fs.statSync('moved.txt').size);
fs.utimesSync('moved.txt', 1000, new Date(2000000));
console.log('utimes', fs.statSync('moved.txt').atimeMs, fs.statSync('moved.txt').mtimeMs);
fs.utimesSync('moved.txt', '3000', 4000.5);
console.log('utimes strings', fs.statSync('moved.txt').atimeMs, fs.statSync('moved.txt').mtimeMs);
fs.chmodSync('moved.txt', 0o604);
console.log('chmod', (fs.statSync('moved.txt').mode & 0o777).toString(8));
fs.chmodSync('moved.txt', '755');
console.log('chmod string', (fs.statSync('moved.txt').mode & 0o777).toString(8));
fs.chownSync('moved.txt', fs.statSync('moved.txt').uid, fs.statSync('moved.txt').gid);
fs.unlinkSync('hard.txt');
fs.unlinkSync('soft.txt');
console.log('accessSync', fs.accessSync('moved.txt'), fs.accessSync('moved.txt', fs.constants.R_OK));
console.log('constants', fs.constants.O_CREAT, fs.constants.COPYFILE_EXCL, fs.F_OK, fs.R_OK,
            fs.W_OK, fs.X_OK, Object.keys(fs.constants).length);
