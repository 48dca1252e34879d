// fs errors: wrong arguments (thrown by the callback and sync forms,
// rejected by the promise form) and failed system calls, with Node's codes,
// messages and properties.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-errors-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync('file', 'x');
fs.mkdirSync('dir');
fs.writeFileSync('dir/inner', 'y');

const real = fs.realpathSync(root);
const hide = (text) => String(text).split(real).join('ROOT');
const show = (label, e) => console.log(label, e.name, e.code, hide(e.message),
  ...['errno', 'syscall', 'path', 'dest'].filter((k) => k in e).map((k) => `${k}=${hide(e[k])}`));
const rfd = fs.openSync('file', 'r');
const wfd = fs.openSync('file', 'r+');
const attempt = (label, fn) => {
  try {
    const result = fn();
    console.log(label, 'no error', result);
  } catch (e) {
    show(label, e);
  }
};
const noop = () => {};

attempt('openSync flags object', () => fs.openSync('file', {}));
attempt('openSync flags rx', () => fs.openSync('file', 'rx'));
attempt('openSync mode negative', () => fs.openSync('file', 'r', -1));
attempt('openSync mode string', () => fs.openSync('file', 'r', '8'));
attempt('openSync mode big', () => fs.openSync('file', 'r', 2 ** 32));
attempt('openSync path bool', () => fs.openSync(true));
attempt('openSync path URL other scheme', () => fs.openSync({ href: 'http://x/', protocol: 'http:' }));
attempt('readSync fd negative', () => fs.readSync(-1, Buffer.alloc(1)));
attempt('readSync length fraction', () => fs.readSync(rfd, Buffer.alloc(4), 0, 1.5, 0));
attempt('readSync position bigint range', () => fs.readSync(rfd, Buffer.alloc(4), 0, 1, -2n));
attempt('readSync position negative', () => fs.readSync(rfd, Buffer.alloc(4), 0, 1, -2));
attempt('readSync options not object', () => fs.readSync(rfd, Buffer.alloc(4), 'x'));
attempt('writeSync string bad encoding hex', () => fs.writeSync(wfd, 'abc', null, 'hex'));
attempt('writeSync offset negative', () => fs.writeSync(wfd, Buffer.alloc(4), -1));
attempt('writeSync data bool', () => fs.writeSync(wfd, true));
attempt('writevSync not array', () => fs.writevSync(wfd, 'x'));
attempt('writevSync element', () => fs.writevSync(wfd, ['x']));
attempt('ftruncateSync len', () => fs.ftruncateSync(wfd, 'x'));
attempt('fchmodSync mode', () => fs.fchmodSync(wfd, 'rw'));
attempt('fchownSync uid', () => fs.fchownSync(wfd, -2, 0));
attempt('futimesSync time', () => fs.futimesSync(wfd, 'soon', 0));
attempt('utimesSync mtime', () => fs.utimesSync('file', 0, {}));
attempt('chownSync gid', () => fs.chownSync('file', 0, 'x'));
attempt('symlinkSync type', () => fs.symlinkSync('file', 'l', 'weird'));
attempt('mkdirSync options.mode', () => fs.mkdirSync('m', { mode: 'abc' }));
attempt('mkdtempSync prefix', () => fs.mkdtempSync(5));
attempt('mkdtempSync encoding', () => fs.mkdtempSync('x', 'nope'));
attempt('readdirSync recursive', () => fs.readdirSync('.', { recursive: 1 }));
attempt('rmSync maxRetries', () => fs.rmSync('file', { maxRetries: -1 }));
attempt('rmSync retryDelay', () => fs.rmSync('file', { retryDelay: 1.5 }));
attempt('rmdirSync options', () => fs.rmdirSync('dir', 'x'));
attempt('copyFileSync dest', () => fs.copyFileSync('file', null));
attempt('copyFileSync mode', () => fs.copyFileSync('file', 'x', 'y'));
attempt('accessSync mode fraction', () => fs.accessSync('file', 0.5));
attempt('accessSync mode NaN', () => fs.accessSync('file', NaN));
attempt('accessSync mode string', () => fs.accessSync('file', '1'));
attempt('writeFileSync flush', () => fs.writeFileSync('file', 'x', { flush: 1 }));
attempt('readFileSync options', () => fs.readFileSync('file', true));
attempt('readFile signal', () => fs.readFile('file', { signal: 1 }, noop));
attempt('watchFile listener', () => fs.watchFile('file'));
attempt('watch persistent', () => { fs.watch('file', { persistent: 'yes' }).close(); return 'closed'; });
attempt('existsSync null byte', () => fs.existsSync('fi\0le'));
attempt('statSync bigint missing', () => fs.statSync('missing', { bigint: true }));
attempt('statSync throwIfNoEntry', () => fs.statSync('missing', { throwIfNoEntry: false }));
attempt('lstatSync throwIfNoEntry', () => fs.lstatSync('missing/deeper', { throwIfNoEntry: false }));

// Failed system calls.
attempt('open missing', () => fs.openSync('missing'));
attempt('open dir for writing', () => fs.openSync('dir', 'w'));
attempt('open exclusive', () => fs.openSync('file', 'wx'));
attempt('readFileSync dir', () => fs.readFileSync('dir'));
attempt('readFileSync missing', () => fs.readFileSync('missing/x'));
attempt('writeFileSync into file', () => fs.writeFileSync('file/x', ''));
attempt('mkdirSync exists', () => fs.mkdirSync('dir'));
attempt('mkdirSync recursive through file', () => fs.mkdirSync('file/a/b', { recursive: true }));
attempt('mkdirSync missing parent', () => fs.mkdirSync('nope/a'));
attempt('rmdirSync not empty', () => fs.rmdirSync('dir'));
attempt('rmdirSync file', () => fs.rmdirSync('file'));
attempt('rmSync dir', () => fs.rmSync('dir'));
attempt('rmSync missing', () => fs.rmSync('missing'));
attempt('rmSync missing force', () => fs.rmSync('missing', { force: true }));
attempt('unlinkSync dir', () => fs.unlinkSync('dir'));
attempt('unlinkSync missing', () => fs.unlinkSync('missing'));
attempt('renameSync missing', () => fs.renameSync('missing', 'other'));
attempt('renameSync dir into file', () => fs.renameSync('dir', 'file'));
attempt('linkSync exists', () => fs.linkSync('file', 'dir/inner'));
attempt('symlinkSync exists', () => fs.symlinkSync('file', 'dir'));
attempt('readlinkSync not link', () => fs.readlinkSync('file'));
attempt('realpathSync missing', () => fs.realpathSync('missing'));
attempt('realpath.native missing', () => fs.realpathSync.native('missing'));
attempt('copyFileSync missing', () => fs.copyFileSync('missing', 'x'));
attempt('accessSync missing', () => fs.accessSync('missing'));
attempt('chmodSync missing', () => fs.chmodSync('missing', 0o600));
attempt('utimesSync missing', () => fs.utimesSync('missing', 1, 1));
attempt('truncateSync missing', () => fs.truncateSync('missing'));
attempt('readdirSync file', () => fs.readdirSync('file'));
attempt('readdirSync missing', () => fs.readdirSync('missing'));
attempt('opendirSync missing', () => fs.opendirSync('missing'));
attempt('closeSync bad fd', () => fs.closeSync(12345));
attempt('fstatSync bad fd', () => fs.fstatSync(12345));
attempt('readSync bad fd', () => fs.readSync(12345, Buffer.alloc(1)));
attempt('writeSync bad fd', () => fs.writeSync(12345, 'x'));
attempt('watch missing', () => fs.watch('missing'));

// The callback and promise forms of the same failures, one after another.
const fsp = fs.promises;
const tries = [
  ['readFile', (cb) => fs.readFile('missing', cb)],
  ['readdir', (cb) => fs.readdir('file', cb)],
  ['opendir', (cb) => fs.opendir('missing', cb)],
  ['rm', (cb) => fs.rm('dir', cb)],
  ['rmdir recursive missing', (cb) => fs.rmdir('missing', { recursive: true }, cb)],
  ['realpath', (cb) => fs.realpath('missing', cb)],
  ['mkdir', (cb) => fs.mkdir('dir', cb)],
  ['copyFile', (cb) => fs.copyFile('file', 'dir/inner', fs.constants.COPYFILE_EXCL, cb)],
  ['truncate', (cb) => fs.truncate('missing', cb)],
  ['writeFile', (cb) => fs.writeFile('dir', 'x', cb)],
  ['p readFile', (cb) => fsp.readFile('missing').then(cb, cb)],
  ['p open flags', (cb) => fsp.open('file', 'nope').then(cb, cb)],
  ['p stat', (cb) => fsp.stat('missing').then(cb, cb)],
  ['p mkdir recursive', (cb) => fsp.mkdir('dir', { recursive: 'no' }).then(cb, cb)],
  ['p rm', (cb) => fsp.rm('dir').then(cb, cb)],
  ['p readdir', (cb) => fsp.readdir('missing').then(cb, cb)],
  ['p opendir', (cb) => fsp.opendir('missing').then(cb, cb)],
  ['p access', (cb) => fsp.access('missing').then(cb, cb)],
  ['p writeFile data', (cb) => fsp.writeFile('x', 5).then(cb, cb)],
  ['p read bad', (cb) => fsp.open('file').then((h) => h.read(Buffer.alloc(0), 0, 1).finally(() => h.close())).then(cb, cb)],
];
(function run(i) {
  if (i === tries.length) return;
  const [label, fn] = tries[i];
  fn((e) => {
    if (e instanceof Error) show(label, e);
    else console.log(label, 'no error');
    run(i + 1);
  });
})(0);
