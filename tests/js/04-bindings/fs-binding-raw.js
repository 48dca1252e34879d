// flags: --expose-internals
// stderr: ignore
// Node's raw fs binding, called as lib/fs.js calls it, in its three forms:
// synchronous (no request: a result, or a thrown uv error), with an
// FSReqCallback (req.oncomplete(err, result) from the loop), and with
// kUsePromises (a promise). Node runs it too (--expose-internals), on its
// own binding. Only machine-independent facts are printed: sizes written,
// type bits, times set by the script, never inodes, fds or real times.
const internalBinding = globalThis.internalBinding ??
  require('internal/test/binding').internalBinding;
const fs = internalBinding('fs');
const { FSReqCallback, kUsePromises, statValues, bigintStatValues, kFsStatsFieldsNumber } = fs;
const O_RDONLY = 0, O_RDWR = 2, O_CREAT = 0o100, O_TRUNC = 0o1000;
const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFLNK = 0o120000;
const [kMode, kNlink, kSize, kMTimeSec] = [1, 2, 8, 12];

const tmp = (process.env.TMPDIR || '/tmp').replace(/\/$/, '');
const dir = fs.mkdtemp(`${tmp}/raw-fs-`, 'utf8');
const real = fs.realpath(dir, 'utf8');
const hide = (text) => String(text).split(real).join('DIR').split(dir).join('DIR');
const log = (...args) => console.log(...args.map((a) => typeof a === 'string' ? hide(a) : a));
const shown = (err) => `${err.code} ${err.syscall} ${hide(err.message)}`;
function sync(label, call) {
  try {
    const result = call();
    log(label, result);
  } catch (err) {
    log(label, 'throws', shown(err));
  }
}
const type = (mode) => ({ [S_IFREG]: 'file', [S_IFDIR]: 'dir', [S_IFLNK]: 'link' })[mode & S_IFMT];

log('mkdtemp', dir.length === `${tmp}/raw-fs-`.length + 6, fs.readdir(dir, 'utf8', false));
log('kFsStatsFieldsNumber', kFsStatsFieldsNumber, statValues.constructor.name, statValues.length,
    bigintStatValues.constructor.name, bigintStatValues.length);

// ---- Synchronous ----
const file = `${dir}/a.txt`;
const fd = fs.open(file, O_RDWR | O_CREAT | O_TRUNC, 0o644);
log('open returns', typeof fd);
// Node 20's synchronous writes take a `ctx` object for their errors.
log('writeString', fs.writeString(fd, 'héllo ', null, 'utf8', undefined, {}));
log('writeBuffer', fs.writeBuffer(fd, Buffer.from('raw world\n'), 4, 6, null, undefined, {}));
log('writeBuffers', fs.writeBuffers(fd, [Buffer.from('one '), Buffer.from('two\n')], null));
const into = Buffer.alloc(32);
log('read at 0', fs.read(fd, into, 0, 32, 0), JSON.stringify(into.toString('utf8', 0, 24)));
const fstat = fs.fstat(fd, false);
log('fstat is statValues', fstat === statValues, 'size', fstat[kSize], type(fstat[kMode]));
log('ftruncate', fs.ftruncate(fd, 5), fs.fstat(fd, false)[kSize]);
log('fsync', fs.fsync(fd), 'fdatasync', fs.fdatasync(fd));
log('fchmod', fs.fchmod(fd, 0o600), (fs.fstat(fd, false)[kMode] & 0o777).toString(8));
log('futimes', fs.futimes(fd, 1000, 2000), fs.fstat(fd, false)[kMTimeSec]);
log('close', fs.close(fd));
sync('close again', () => fs.close(fd));
sync('fstat closed', () => fs.fstat(fd, false));
{
  const c = {};
  const result = fs.writeBuffer(fd, Buffer.from('x'), 0, 1, null, undefined, c);
  log('writeBuffer with ctx', result, c.errno, c.syscall, c.code);
}

const stats = fs.stat(file, false, undefined, true);
log('stat', stats === statValues, stats[kSize], type(stats[kMode]), stats[kNlink]);
const big = fs.stat(file, true, undefined, true);
log('bigint stat', big === bigintStatValues, typeof big[kSize], big[kSize], big[kMTimeSec]);
sync('stat missing', () => fs.stat(`${dir}/nope`, false, undefined, true));
sync('stat missing, throwIfNoEntry false', () => fs.stat(`${dir}/nope`, false, undefined, false));
sync('lstat missing, throwIfNoEntry false', () => fs.lstat(`${dir}/no/pe`, false, undefined, false));

log('mkdir -p', fs.mkdir(`${dir}/p/q/r`, 0o755, true));
log('mkdir -p again', fs.mkdir(`${dir}/p/q/r`, 0o755, true));
sync('mkdir -p through a file', () => fs.mkdir(`${file}/x`, 0o755, true));
sync('mkdir -p onto a file', () => fs.mkdir(file, 0o755, true));
sync('mkdir exists', () => fs.mkdir(`${dir}/p`, 0o755, false));
log('mkdir', fs.mkdir(`${dir}/d`, 0o755, false));

log('symlink', fs.symlink('a.txt', `${dir}/link`, 0));
log('readlink', fs.readlink(`${dir}/link`, 'utf8'), fs.readlink(`${dir}/link`, 'buffer'));
log('lstat link', type(fs.lstat(`${dir}/link`, false, undefined, true)[kMode]));
log('stat link', type(fs.stat(`${dir}/link`, false, undefined, true)[kMode]));
sync('readlink not a link', () => fs.readlink(file, 'utf8'));
sync('symlink exists', () => fs.symlink('a.txt', `${dir}/link`, 0));
log('realpath', fs.realpath(`${dir}/p/q/../../link`, 'utf8'));
log('realpath buffer', hide(fs.realpath(`${dir}/p/q/../../link`, 'buffer').toString()));
sync('realpath missing', () => fs.realpath(`${dir}/nope`, 'utf8'));

log('copyFile', fs.copyFile(file, `${dir}/copy.txt`, 0));
sync('copyFile excl', () => fs.copyFile(file, `${dir}/copy.txt`, 1));
sync('copyFile missing', () => fs.copyFile(`${dir}/nope`, `${dir}/x`, 0));
log('link', fs.link(file, `${dir}/hard.txt`), fs.stat(file, false, undefined, true)[kNlink]);
sync('link exists', () => fs.link(file, `${dir}/hard.txt`));
log('rename', fs.rename(`${dir}/hard.txt`, `${dir}/moved.txt`));
sync('rename missing', () => fs.rename(`${dir}/hard.txt`, `${dir}/moved.txt`));
log('utimes', fs.utimes(`${dir}/copy.txt`, 1e9, 1.5e9),
    fs.stat(`${dir}/copy.txt`, false, undefined, true)[kMTimeSec]);
log('lutimes', fs.lutimes(`${dir}/link`, 1e9, 1.25e9),
    fs.lstat(`${dir}/link`, false, undefined, true)[kMTimeSec]);
log('chmod', fs.chmod(`${dir}/copy.txt`, 0o640),
    (fs.stat(`${dir}/copy.txt`, false, undefined, true)[kMode] & 0o777).toString(8));
sync('chmod missing', () => fs.chmod(`${dir}/nope`, 0o640));
sync('utimes missing', () => fs.utimes(`${dir}/nope`, 1, 2));
log('access', fs.access(file, 0));
sync('access missing', () => fs.access(`${dir}/nope`, 0));
log('existsSync', fs.existsSync(file), fs.existsSync(`${dir}/nope`), fs.existsSync(Buffer.from(dir)));
sync('open missing', () => fs.open(`${dir}/no/such`, O_RDONLY, 0o666));

const listing = fs.readdir(dir, 'utf8', true);
const order = listing[0].map((name, i) => i).sort((i, j) => (listing[0][i] < listing[0][j] ? -1 : 1));
log('readdir withFileTypes', order.map((i) => `${listing[0][i]}:${listing[1][i]}`).join(' '));
log('readdir', fs.readdir(`${dir}/p`, 'utf8', false), fs.readdir(`${dir}/p`, 'buffer', false));
sync('readdir missing', () => fs.readdir(`${dir}/nope`, 'utf8', false));
sync('rmdir not empty', () => fs.rmdir(`${dir}/p`));
sync('unlink missing', () => fs.unlink(`${dir}/nope`));

// ---- With a request, then with promises: one step after another ----
// A request's oncomplete always comes later, from the loop: never during the call.
const steps = [];
let inCall = false;
function callback(label, call) {
  steps.push((next) => {
    const req = new FSReqCallback();
    req.oncomplete = function (err, result) {
      // (A descriptor's number differs between runtimes: only its type is shown.)
      const value = result instanceof Float64Array ? `stats size ${result[kSize]}` :
        label.includes('open') ? typeof result : result;
      log(label, arguments.length, err ? shown(err) : err, value, inCall ? 'DURING THE CALL' : '');
      next();
    };
    inCall = true;
    call(req);
    inCall = false;
  });
}
function promise(label, call) {
  steps.push((next) => {
    const p = call(kUsePromises);
    log(label, p instanceof Promise);  // (then() makes one too: mkdtemp's check)
    p.then((value) => {
      const shownValue = value instanceof Float64Array || value instanceof BigInt64Array ?
        `${value.constructor.name}(${value.length}) size ${value[kSize]} fresh ${value !== statValues && value !== bigintStatValues}` :
        value;
      log(' resolved', shownValue);
    }, (err) => log(' rejected', shown(err), Object.keys(err).join())).then(next);
  });
}

callback('cb open', (req) => fs.open(file, O_RDONLY, 0, req));
callback('cb stat', (req) => fs.stat(file, false, req));
steps.push((next) => {
  const req = new FSReqCallback(true);
  req.oncomplete = (err, result) => {
    log('cb bigint stat', err, result === bigintStatValues, result[kSize]);
    next();
  };
  fs.lstat(file, true, req);
});
callback('cb stat missing', (req) => fs.stat(`${dir}/nope`, false, req));
callback('cb readdir', (req) => fs.readdir(`${dir}/p/q`, 'utf8', true, req));
callback('cb mkdir -p', (req) => fs.mkdir(`${dir}/cb/x/y`, 0o755, true, req));
callback('cb mkdir -p exists', (req) => fs.mkdir(`${dir}/cb/x/y`, 0o755, true, req));
callback('cb mkdir -p through a file', (req) => fs.mkdir(`${file}/x`, 0o755, true, req));
callback('cb realpath', (req) => fs.realpath(`${dir}/cb/x/..`, 'utf8', req));
callback('cb readlink', (req) => fs.readlink(`${dir}/link`, 'utf8', req));
callback('cb copyFile excl', (req) => fs.copyFile(file, `${dir}/copy.txt`, 1, req));
callback('cb access', (req) => fs.access(file, 0, req));
callback('cb unlink', (req) => fs.unlink(`${dir}/moved.txt`, req));
callback('cb unlink again', (req) => fs.unlink(`${dir}/moved.txt`, req));
promise('promise stat', (p) => fs.stat(file, false, p));
let fd2;
steps.push((next) => { fd2 = fs.open(file, O_RDONLY, 0); next(); });
promise('promise bigint fstat', (p) => fs.fstat(fd2, true, p));
callback('cb close', (req) => fs.close(fd2, req));
promise('promise open missing', (p) => fs.open(`${dir}/nope`, O_RDONLY, 0, p));
promise('promise mkdir -p', (p) => fs.mkdir(`${dir}/pr/a`, 0o755, true, p));
promise('promise readdir', (p) => fs.readdir(`${dir}/pr`, 'utf8', true, p));
promise('promise rmdir', (p) => fs.rmdir(`${dir}/pr/a`, p));
// (A failed queued mkdtemp names the template as the worker left it, random
// characters in Node: only the successful form is shown.)
promise('promise mkdtemp', (p) => fs.mkdtemp(`${dir}/t-`, 'utf8', p).then((made) => {
  fs.rmdir(made);
  return made.length === `${dir}/t-`.length + 6;
}));

// Clean up, synchronously.
steps.push((next) => {
  for (const name of ['a.txt', 'copy.txt', 'link']) fs.unlink(`${dir}/${name}`);
  for (const name of ['p/q/r', 'p/q', 'p', 'd', 'cb/x/y', 'cb/x', 'cb', 'pr']) fs.rmdir(`${dir}/${name}`);
  fs.rmdir(dir);
  log('cleaned up', fs.existsSync(dir));
  next();
});
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
