// fs.promises.open resolves to a FileHandle: the descriptor as an object.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
fs.mkdirSync(dir);
const file = `${dir}/handle.txt`;

async function main() {
  const handle = await fs.promises.open(file, 'w+');
  console.log('fd', typeof handle.fd, handle.fd > 2, handle.constructor.name);
  const written = await handle.write('hello handle');
  console.log('write', written.bytesWritten, written.buffer);
  console.log(written);
  const bytes = await handle.write(new Uint8Array([33, 33]), 0, 2, 12);
  console.log('write bytes', bytes.bytesWritten, Array.from(bytes.buffer));
  const buffer = new Uint8Array(5);
  const read = await handle.read(buffer, 0, 5, 0);
  console.log('read', read.bytesRead, read.buffer === buffer, Array.from(buffer));
  console.log(await handle.read(new Uint8Array(2), 0, 0, 0));
  const options = await handle.read({ buffer: new Uint8Array(3), position: 6 });
  console.log('read options', options.bytesRead, Array.from(options.buffer));
  const stats = await handle.stat();
  console.log('stat', stats.size, stats.isFile());
  console.log('readFile', JSON.stringify(await handle.readFile('utf8')));
  await handle.writeFile('!');
  console.log('writeFile', JSON.stringify(fs.readFileSync(file, 'utf8')));
  console.log('close', await handle.close(), handle.fd);
  console.log('close again', await handle.close());
  for (const operation of [() => handle.read(new Uint8Array(1), 0, 1, 0),
                           () => handle.write('x'), () => handle.stat()]) {
    await operation().catch((err) => console.log('closed', err.message, err.code, err.syscall));
  }
  await fs.promises.open(`${dir}/missing`).catch((err) =>
    console.log('missing', err.code, err.syscall));
  const second = await fs.promises.open(file);
  console.log('readFile of a handle', JSON.stringify(await fs.promises.readFile(second, 'utf8')));
  await second.close();
  fs.rmSync(dir, { recursive: true });
}
main();
