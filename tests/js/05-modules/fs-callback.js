// fs's callback API: each call's results, in the order the calls are
// chained (one at a time, so that the output does not depend on which
// worker of the pool finishes first).
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-callback-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

const steps = [
  (next) => fs.writeFile('a.txt', 'callback data', next),
  (next) => fs.readFile('a.txt', (err, data) => { console.log('readFile', err, data); next(); }),
  (next) => fs.readFile('a.txt', 'utf8', (err, text) => { console.log('readFile utf8', text); next(); }),
  (next) => fs.readFile('a.txt', { encoding: 'base64', flag: 'r' }, (err, text) => { console.log('readFile base64', text); next(); }),
  (next) => fs.appendFile('a.txt', '+more', (err) => { console.log('appendFile', err); next(); }),
  (next) => fs.readFile('/dev/null', (err, data) => { console.log('readFile /dev/null', data.length); next(); }),
  (next) => fs.open('a.txt', 'r+', (err, fd) => {
    console.log('open', err, typeof fd);
    const buffer = Buffer.alloc(8);
    fs.read(fd, buffer, 0, 8, 0, (err2, bytesRead, buf) => {
      console.log('read', err2, bytesRead, buf === buffer, buf.toString());
      fs.read(fd, { buffer: Buffer.alloc(4), position: 9 }, (err3, n, b) => {
        console.log('read options', n, b.toString());
        fs.read(fd, (err4, n2, b2) => {
          console.log('read default buffer', n2, b2.length);
          fs.write(fd, Buffer.from('CB'), 0, 2, 0, (err5, written, wbuf) => {
            console.log('write buffer', err5, written, wbuf.toString());
            fs.write(fd, 'str', 2, 'utf8', (err6, written2, str) => {
              console.log('write string', err6, written2, str);
              fs.fstat(fd, (err7, stats) => {
                console.log('fstat', stats.size, stats.isFile());
                fs.ftruncate(fd, 5, (err8) => {
                  console.log('ftruncate', err8);
                  fs.fsync(fd, () => fs.fdatasync(fd, () => fs.close(fd, (err9) => {
                    console.log('close', err9);
                    next();
                  })));
                });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.readFile('a.txt', 'utf8', (err, text) => { console.log('after writes', text); next(); }),
  (next) => fs.copyFile('a.txt', 'b.txt', (err) => { console.log('copyFile', err); next(); }),
  (next) => fs.copyFile('a.txt', 'b.txt', fs.constants.COPYFILE_EXCL, (err) => { console.log('copyFile excl', err.code); next(); }),
  (next) => fs.rename('b.txt', 'c.txt', (err) => { console.log('rename', err); next(); }),
  (next) => fs.access('c.txt', fs.constants.W_OK, (err) => { console.log('access', err); next(); }),
  (next) => fs.exists('c.txt', (yes) => { console.log('exists', yes); next(); }),
  (next) => fs.exists('nope', (yes) => { console.log('exists nope', yes); next(); }),
  (next) => fs.stat('c.txt', (err, s) => { console.log('stat', s.constructor.name, s.size); next(); }),
  (next) => fs.stat('c.txt', { bigint: true }, (err, s) => { console.log('stat bigint', s.constructor.name, s.size); next(); }),
  (next) => fs.symlink('c.txt', 'link', (err) => { console.log('symlink', err); next(); }),
  (next) => fs.lstat('link', (err, s) => { console.log('lstat', s.isSymbolicLink()); next(); }),
  (next) => fs.readlink('link', (err, target) => { console.log('readlink', target); next(); }),
  (next) => fs.realpath('link', (err, p) => { console.log('realpath', path.basename(p)); next(); }),
  (next) => fs.realpath.native('link', (err, p) => { console.log('realpath.native', path.basename(p)); next(); }),
  (next) => fs.link('c.txt', 'hard', (err) => { console.log('link', err); next(); }),
  (next) => fs.unlink('hard', (err) => { console.log('unlink', err); next(); }),
  (next) => fs.truncate('c.txt', 2, (err) => { console.log('truncate', err, fs.readFileSync('c.txt', 'utf8')); next(); }),
  (next) => fs.utimes('c.txt', 5, 6, (err) => { console.log('utimes', err, fs.statSync('c.txt').mtimeMs); next(); }),
  (next) => fs.chmod('c.txt', 0o640, (err) => { console.log('chmod', err, (fs.statSync('c.txt').mode & 0o777).toString(8)); next(); }),
  (next) => fs.mkdir('d/e/f', { recursive: true }, (err, first) => { console.log('mkdir recursive', err, path.relative(root, first)); next(); }),
  (next) => fs.mkdir('d/e/f', { recursive: true }, (err, first) => { console.log('mkdir again', err, first); next(); }),
  (next) => fs.mkdir('g', (err, nothing) => { console.log('mkdir', err, nothing); next(); }),
  (next) => fs.mkdtemp('tmp-', (err, dir) => { console.log('mkdtemp', err, dir.length, dir.startsWith('tmp-')); next(); }),
  (next) => fs.readdir('d', (err, names) => { console.log('readdir', names); next(); }),
  (next) => fs.readdir('d', { recursive: true }, (err, names) => { console.log('readdir recursive', names); next(); }),
  (next) => fs.readdir('d', { withFileTypes: true }, (err, dirents) => { console.log('readdir dirents', dirents.map((d) => [d.name, d.isDirectory()])); next(); }),
  (next) => fs.rmdir('g', (err) => { console.log('rmdir', err); next(); }),
  (next) => fs.rm('d', { recursive: true }, (err) => { console.log('rm recursive', err, fs.existsSync('d')); next(); }),
  (next) => fs.rm('nope', { force: true }, (err) => { console.log('rm force', err); next(); }),
  (next) => fs.writev(fs.openSync('v.txt', 'w'), [Buffer.from('a'), Buffer.from('bc')], (err, n, bufs) => { console.log('writev', err, n, bufs.length); next(); }),
  async (next) => {
    const read = util.promisify(fs.read);
    const fd = fs.openSync('c.txt', 'r');
    console.log('promisify(read)', await read(fd, Buffer.alloc(2), 0, 2, 0));
    console.log('promisify(exists)', await util.promisify(fs.exists)('c.txt'));
    fs.closeSync(fd);
    next();
  },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
