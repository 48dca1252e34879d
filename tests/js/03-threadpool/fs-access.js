// fs.access and fs.existsSync; permission denied.
//
// Permission checks: the tests run as root in CI, and root may read and
// write any file whatever its mode, so chmod 000 denies nothing there. One
// check does deny root: X_OK on a file with no execute bit at all, which
// access() answers EACCES for every user. That is the case tested here.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
const show = (label, err) => console.log(label, err && hide(err.message), err && err.code,
                                         err && err.errno, err && err.syscall, err && hide(err.path));
fs.mkdirSync(dir);
const file = `${dir}/plain.txt`;
fs.writeFileSync(file, 'x', { mode: 0o644 });

async function main() {
  console.log('constants', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.F_OK === fs.F_OK);
  console.log('exists', fs.accessSync(file), fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK));
  try { fs.accessSync(file, fs.constants.X_OK); } catch (err) { show('not executable', err); }
  await new Promise((resolve) => fs.access(file, fs.constants.X_OK, (err) => {
    show('callback not executable', err);
    resolve();
  }));
  await new Promise((resolve) => fs.access(file, (err) => { show('callback exists', err); resolve(); }));
  await fs.promises.access(file, fs.constants.X_OK).catch((err) => show('promise not executable', err));
  console.log('promise exists', await fs.promises.access(file));
  try { fs.accessSync(`${dir}/missing`); } catch (err) { show('missing', err); }
  console.log('existsSync', fs.existsSync(file), fs.existsSync(`${dir}/missing`), fs.existsSync(dir),
              fs.existsSync(), fs.existsSync(42), fs.existsSync('a\0b'));
  fs.rmSync(dir, { recursive: true });
}
main();
