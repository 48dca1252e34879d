// fs.open, fs.read, fs.write, fs.close: descriptors and the buffers they fill.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
const show = (label, err) => console.log(label, hide(err.message), err.code, err.errno, err.syscall);
fs.mkdirSync(dir);
const file = `${dir}/data.txt`;

const call = (fn, ...args) => new Promise((resolve) => fn(...args, (...results) => resolve(results)));

async function main() {
  const fd = fs.openSync(file, 'w+');
  console.log('open', typeof fd, fd > 2);
  console.log('writeSync string', fs.writeSync(fd, 'hello world'));
  console.log('writeSync bytes', fs.writeSync(fd, new Uint8Array([65, 66, 67])));
  console.log('writeSync part', fs.writeSync(fd, new Uint8Array([1, 2, 3, 4, 5]), 1, 2));
  console.log('writeSync at 0', fs.writeSync(fd, 'XY', 0));
  console.log('writeSync latin1', fs.writeSync(fd, 'é', 20, 'latin1'));

  const buffer = new Uint8Array(24);
  console.log('readSync', fs.readSync(fd, buffer, 0, 24, 0), Array.from(buffer));
  console.log('readSync part', fs.readSync(fd, buffer, 2, 3, 1), Array.from(buffer.subarray(0, 6)));
  console.log('readSync options', fs.readSync(fd, buffer, { position: 6, length: 5 }),
              Array.from(buffer.subarray(0, 5)));
  console.log('readSync at the end', fs.readSync(fd, buffer));

  let [err, count, back] = await call(fs.read, fd, buffer, 0, 4, 0);
  console.log('read', err, count, back === buffer, Array.from(buffer.subarray(0, 4)));
  [err, count, back] = await call(fs.read, fd, { buffer, position: 6 });
  console.log('read options', err, count, back === buffer);
  [err, count, back] = await call(fs.read, fd);
  console.log('read with no buffer', err, count, back.length);
  [err, count, back] = await call(fs.write, fd, 'zz', 30);
  console.log('write string', err, count, back);
  [err, count, back] = await call(fs.write, fd, buffer, 0, 2, 5);
  console.log('write bytes', err, count, back === buffer);
  [err, count, back] = await call(fs.write, fd, new Uint8Array([9]));
  console.log('write whole', err, count);
  [err] = await call(fs.close, fd);
  console.log('close', err);
  console.log('contents', JSON.stringify(fs.readFileSync(file, 'latin1')));

  // Open with flags and modes.
  const appender = fs.openSync(file, 'a');
  fs.writeSync(appender, '+');
  fs.closeSync(appender);
  console.log('appended', fs.readFileSync(file, 'latin1').endsWith('+'));
  try { fs.openSync(file, 'wx'); } catch (e) { show('wx', e); }
  [err] = await call(fs.open, `${dir}/missing`, 'r');
  show('open missing', err);
  try { fs.openSync(dir, 'w'); } catch (e) { show('open a directory for writing', e); }
  const numeric = fs.openSync(file, fs.constants.O_RDONLY);
  console.log('numeric flags', fs.readSync(numeric, buffer, 0, 2, 0));
  fs.closeSync(numeric);

  // A closed descriptor.
  [err] = await call(fs.close, fd);
  show('close twice', err);
  try { fs.readSync(fd, buffer, 0, 1, 0); } catch (e) { show('read closed', e); }
  try { fs.writeSync(fd, 'x'); } catch (e) { show('write closed', e); }
  [err, count] = await call(fs.read, fd, buffer, 0, 1, 0);
  show('read closed callback', err);

  fs.rmSync(dir, { recursive: true });
}
main();
