// fs.readFile in its three forms, with encodings, and its errors.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
const bytes = (array) => `${array.constructor.name}(${array.length}) [${Array.from(array)}]`;

fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/hello.txt`, 'héllo\n');
fs.writeFileSync(`${dir}/empty.txt`, '');

async function main() {
  // Sync: bytes, or a string in the encoding asked for.
  console.log('sync bytes', bytes(fs.readFileSync(`${dir}/hello.txt`)).replace('Buffer', 'Uint8Array'));
  console.log('sync utf8', JSON.stringify(fs.readFileSync(`${dir}/hello.txt`, 'utf8')));
  for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le', 'UTF-8']) {
    console.log(encoding, JSON.stringify(fs.readFileSync(`${dir}/hello.txt`, { encoding })));
  }
  console.log('empty', JSON.stringify(fs.readFileSync(`${dir}/empty.txt`, 'utf8')),
              fs.readFileSync(`${dir}/empty.txt`).length);

  // Callback.
  await new Promise((resolve) => fs.readFile(`${dir}/hello.txt`, 'utf8', (err, text) => {
    console.log('callback', err, JSON.stringify(text));
    resolve();
  }));
  await new Promise((resolve) => fs.readFile(`${dir}/hello.txt`, (err, data) => {
    console.log('callback bytes', err, data.length, data[0], data[1], data[2]);
    resolve();
  }));

  // Promise.
  console.log('promise', JSON.stringify(await fs.promises.readFile(`${dir}/hello.txt`, 'utf8')));
  console.log('promise options', await fs.promises.readFile(`${dir}/hello.txt`, { encoding: 'hex', flag: 'r' }));

  // A descriptor instead of a path: read from where it stands.
  const fd = fs.openSync(`${dir}/hello.txt`, 'r');
  console.log('from fd', JSON.stringify(fs.readFileSync(fd, 'utf8')));
  console.log('again from fd', JSON.stringify(fs.readFileSync(fd, 'utf8')));
  fs.closeSync(fd);

  // Errors: a missing file, a directory.
  const show = (label, err) => console.log(label, hide(err.message), err.code, err.errno,
                                           err.syscall, hide(err.path));
  await new Promise((resolve) => fs.readFile(`${dir}/missing.txt`, (err, data) => {
    show('missing', err);
    console.log('data', data);
    resolve();
  }));
  await new Promise((resolve) => fs.readFile(dir, (err) => { show('directory', err); resolve(); }));
  try { fs.readFileSync(`${dir}/missing.txt`); } catch (err) { show('sync missing', err); }
  try { fs.readFileSync(dir, 'utf8'); } catch (err) { show('sync directory', err); }
  await fs.promises.readFile(`${dir}/missing.txt`).catch((err) => show('promise missing', err));
  await fs.promises.readFile(dir).catch((err) => show('promise directory', err));

  fs.unlinkSync(`${dir}/hello.txt`);
  fs.unlinkSync(`${dir}/empty.txt`);
  fs.rmdirSync(dir);
  console.log('cleaned up', fs.existsSync(dir));
}
main();
