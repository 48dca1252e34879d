// fs.mkdir (recursive or not), fs.rm, fs.rmdir, fs.unlink, fs.rename.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
const show = (label, err) => console.log(label, hide(err.message), err.code, err.errno,
                                         err.syscall, hide(err.path), hide(err.dest));

async function main() {
  console.log('mkdir', fs.mkdirSync(dir));
  console.log('recursive', hide(fs.mkdirSync(`${dir}/a/b/c`, { recursive: true })));
  console.log('recursive again', fs.mkdirSync(`${dir}/a/b/c`, { recursive: true }));
  console.log('recursive one more', hide(fs.mkdirSync(`${dir}/a/b/d`, { recursive: true })));
  await new Promise((resolve) => fs.mkdir(`${dir}/x/y`, { recursive: true }, (err, first) => {
    console.log('callback', err, hide(first));
    resolve();
  }));
  await new Promise((resolve) => fs.mkdir(`${dir}/plain`, (err, first) => {
    console.log('callback plain', err, first);
    resolve();
  }));
  console.log('promise', hide(await fs.promises.mkdir(`${dir}/p/q`, { recursive: true })));
  console.log('mode', fs.mkdirSync(`${dir}/m`, 0o700), (fs.statSync(`${dir}/m`).mode & 0o777).toString(8));
  console.log('mode option', fs.mkdirSync(`${dir}/n`, { mode: '755' }));

  try { fs.mkdirSync(dir); } catch (err) { show('exists', err); }
  try { fs.mkdirSync(`${dir}/no/such`); } catch (err) { show('no parent', err); }
  fs.writeFileSync(`${dir}/file`, 'x');
  try { fs.mkdirSync(`${dir}/file/x`, { recursive: true }); } catch (err) { show('file as parent', err); }
  try { fs.mkdirSync(`${dir}/file`, { recursive: true }); } catch (err) { show('file at path', err); }
  await fs.promises.mkdir(dir).catch((err) => show('promise exists', err));

  // rename, then the errors of unlink and rmdir.
  fs.renameSync(`${dir}/file`, `${dir}/renamed`);
  console.log('renamed', fs.existsSync(`${dir}/file`), fs.existsSync(`${dir}/renamed`));
  await new Promise((resolve) => fs.rename(`${dir}/missing`, `${dir}/other`, (err) => {
    show('rename missing', err);
    resolve();
  }));
  await fs.promises.rename(`${dir}/renamed`, `${dir}/file`);
  try { fs.unlinkSync(`${dir}/a`); } catch (err) { show('unlink a directory', err); }
  try { fs.rmdirSync(`${dir}/a`); } catch (err) { show('rmdir not empty', err); }
  try { fs.rmdirSync(`${dir}/file`); } catch (err) { show('rmdir a file', err); }
  await new Promise((resolve) => fs.unlink(`${dir}/missing`, (err) => { show('unlink missing', err); resolve(); }));

  // rm: a file; a directory needs `recursive`; a missing path needs `force`.
  fs.rmSync(`${dir}/file`);
  console.log('rm file', fs.existsSync(`${dir}/file`));
  try { fs.rmSync(`${dir}/a`); } catch (err) {
    console.log('rm directory', err.name, err.code, hide(err.message), err.errno, err.syscall,
                hide(err.path), JSON.stringify(err.info).split(dir).join('DIR'));
  }
  try { fs.rmSync(`${dir}/missing`); } catch (err) { show('rm missing', err); }
  console.log('rm force', fs.rmSync(`${dir}/missing`, { force: true }));
  await new Promise((resolve) => fs.rm(`${dir}/a`, { recursive: true }, (err) => {
    console.log('rm recursive', err, fs.existsSync(`${dir}/a`));
    resolve();
  }));
  await fs.promises.rm(`${dir}/missing`).catch((err) => show('promise rm missing', err));
  console.log('left', fs.readdirSync(dir));
  await fs.promises.rm(dir, { recursive: true, force: true });
  await new Promise((resolve) => fs.rmdir(`${dir}`, (err) => { show('rmdir gone', err); resolve(); }));
  console.log('cleaned up', fs.existsSync(dir));
}
main();
