'use strict';
// FileHandle: reads and writes at positions, readFile/writeFile through it,
// a 'close' event, and EBADF 'file closed' once closed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

(async () => {
  const file = tmpdir.resolve('h');
  const handle = await fs.promises.open(file, 'w+');
  assert.strictEqual(typeof handle.fd, 'number');
  const { bytesWritten, buffer } = await handle.write('hello world');
  assert.strictEqual(bytesWritten, 11);
  assert.strictEqual(buffer, 'hello world');
  await handle.write(Buffer.from('W'), 0, 1, 6);
  const result = await handle.read(Buffer.alloc(5), 0, 5, 6);
  assert.strictEqual(result.bytesRead, 5);
  assert.strictEqual(result.buffer.toString(), 'World');
  assert.strictEqual(Object.getPrototypeOf(result), null);
  assert.strictEqual(await handle.readFile('utf8'), '');  // from where it stands: the end
  assert.strictEqual((await handle.stat()).size, 11);
  await handle.truncate(5);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
  handle.on('close', common.mustCall());
  await handle.close();
  assert.strictEqual(handle.fd, -1);
  await handle.close();  // a second close does nothing
  await assert.rejects(handle.read(Buffer.alloc(1), 0, 1, 0), {
    code: 'EBADF', syscall: 'read', message: 'file closed',
  });
  await assert.rejects(handle.stat(), { syscall: 'fstat' });

  const reader = await fs.promises.open(file);
  assert.strictEqual(await fs.promises.readFile(reader, 'utf8'), 'hello');
  await assert.rejects(reader.write('x'), { code: 'EBADF', syscall: 'write' });
  await reader.close();
  await assert.rejects(fs.promises.open(tmpdir.resolve('none')), {
    code: 'ENOENT', syscall: 'open', path: tmpdir.resolve('none'),
  });
})().then(common.mustCall());
