// FileHandle: fs.promises.open's answer, an open file as an object, and how
// it behaves once closed.
const fs = require('fs');
const fsp = fs.promises;
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-filehandle-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

async function main() {
  const handle = await fsp.open('h.txt', 'w+');
  console.log(handle.constructor.name, typeof handle.fd, handle instanceof require('events'));
  console.log(await handle.write('hello'));
  console.log(await handle.write(Buffer.from('XYZ'), 1, 2, 5));
  console.log(await handle.write(Buffer.from('!'), { position: 7 }));
  console.log(await handle.write(Buffer.alloc(0)));
  console.log(await handle.writev([Buffer.from('ab'), Buffer.from('cd')], 8));
  const read = await handle.read(Buffer.alloc(4), 0, 4, 0);
  console.log(read.bytesRead, read.buffer.toString());
  console.log((await handle.read({ buffer: Buffer.alloc(3), position: 5 })).buffer.toString());
  console.log((await handle.read(Buffer.alloc(3), { position: 1 })).buffer.toString());
  const defaults = await handle.read();
  console.log('default read', defaults.bytesRead, defaults.buffer.length);
  console.log('readFile', await handle.readFile('utf8'));
  console.log('stat', (await handle.stat()).size, (await handle.stat({ bigint: true })).size);
  await handle.truncate(5);
  console.log('truncate', (await handle.stat()).size);
  await handle.writeFile(' again');
  await handle.appendFile('+');
  console.log('file now', JSON.stringify(fs.readFileSync('h.txt', 'utf8')));
  await handle.chmod(0o640);
  console.log('chmod', (fs.statSync('h.txt').mode & 0o777).toString(8));
  await handle.utimes(100, 200);
  console.log('utimes', fs.statSync('h.txt').mtimeMs);
  await handle.sync();
  await handle.datasync();
  let closed = 0;
  handle.on('close', () => closed++);
  console.log('close', await handle.close(), handle.fd, closed);
  console.log('close again', await handle.close(), closed);
  for (const op of ['read', 'write', 'stat', 'readFile', 'truncate', 'sync', 'chmod']) {
    const args = op === 'write' ? ['x'] : (op === 'read' ? [Buffer.alloc(1), 0, 1, 0] : [op === 'chmod' ? 0o600 : undefined]);
    await handle[op](...args).catch((e) => console.log(op, e.message, e.code, e.syscall));
  }
  const second = await fsp.open('h.txt');
  console.log('readFile(handle)', await fsp.readFile(second, 'utf8'));
  await second.close();
  const third = await fsp.open('h.txt', 'a');
  await fsp.writeFile(third, 'tail');
  await fsp.appendFile(third, '!');
  await third.close();
  console.log('writeFile(handle)', fs.readFileSync('h.txt', 'utf8'));
  await fsp.open('missing').catch((e) => console.log('open missing', e.message));
  await fsp.open('h.txt', 'bogus').catch((e) => console.log('open flags', e.code, e.message));
  // Close while a read is in flight: the read finishes first.
  const fourth = await fsp.open('h.txt');
  const [result] = await Promise.all([fourth.read(Buffer.alloc(4), 0, 4, 0), fourth.close()]);
  console.log('read during close', result.bytesRead, fourth.fd);
}
main();
