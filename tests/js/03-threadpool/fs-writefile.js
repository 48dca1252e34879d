// fs.writeFile and fs.appendFile: strings in encodings, bytes, flags, modes.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
fs.mkdirSync(dir);
const file = `${dir}/out.txt`;
const read = () => JSON.stringify(fs.readFileSync(file, 'latin1'));

async function main() {
  fs.writeFileSync(file, 'plain');
  console.log('string', read());
  fs.writeFileSync(file, '68656c6c6f', 'hex');
  console.log('hex', read());
  fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
  console.log('base64', read());
  fs.writeFileSync(file, new Uint8Array([65, 66, 67]));
  console.log('Uint8Array', read());
  fs.writeFileSync(file, new DataView(new Uint8Array([68, 69, 70, 71]).buffer, 1, 2));
  console.log('DataView', read());
  fs.writeFileSync(file, new Uint16Array([0x4948]));
  console.log('Uint16Array', read());
  fs.writeFileSync(file, 'é\ud800', 'utf8');
  console.log('lone surrogate', Array.from(fs.readFileSync(file)));

  fs.appendFileSync(file, '+more');
  fs.appendFileSync(file, new Uint8Array([33]));
  console.log('appended', JSON.stringify(fs.readFileSync(file, 'utf8')));

  await new Promise((resolve) => fs.writeFile(file, 'callback', (err) => {
    console.log('callback', err, read());
    resolve();
  }));
  await new Promise((resolve) => fs.appendFile(file, ' and append', 'utf8', (err) => {
    console.log('append callback', err, read());
    resolve();
  }));
  console.log('promise', await fs.promises.writeFile(file, 'promised'), read());
  console.log('promise append', await fs.promises.appendFile(file, '!'), read());

  // The flag 'wx' fails when the file exists; 'a' appends.
  try { fs.writeFileSync(file, 'x', { flag: 'wx' }); } catch (err) {
    console.log('wx', hide(err.message), err.code, err.errno, err.syscall, hide(err.path));
  }
  fs.writeFileSync(file, 'tail', { flag: 'a' });
  console.log('flag a', read());

  // A mode for a new file (the umask applies, as in Node).
  const modeFile = `${dir}/mode.txt`;
  fs.writeFileSync(modeFile, 'x', { mode: 0o600 });
  console.log('mode', (fs.statSync(modeFile).mode & 0o777).toString(8));
  fs.unlinkSync(modeFile);

  // Errors: no such directory, a directory as the file.
  await new Promise((resolve) => fs.writeFile(`${dir}/no/such.txt`, 'x', (err) => {
    console.log('missing dir', hide(err.message), err.code, err.syscall);
    resolve();
  }));
  await fs.promises.writeFile(dir, 'x').catch((err) =>
    console.log('directory', hide(err.message), err.code, err.syscall));
  try { fs.appendFileSync(dir, 'x'); } catch (err) {
    console.log('append to directory', hide(err.message), err.code);
  }

  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up', fs.existsSync(dir));
}
main();
