'use strict';
// FileHandle.createWriteStream and createReadStream use the handle; the
// stream's end closes it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('handle.txt');
(async () => {
  const writing = await fs.promises.open(file, 'w');
  const out = writing.createWriteStream();
  assert.strictEqual(out.fd, writing.fd);
  out.write('via ');
  out.end('handle');
  await new Promise((resolve) => out.on('close', resolve));
  assert.strictEqual(writing.fd, -1);

  const reading = await fs.promises.open(file, 'r');
  let text = '';
  const input = reading.createReadStream({ encoding: 'utf8', start: 4 });
  for await (const chunk of input) text += chunk;
  assert.strictEqual(text, 'handle');
})().then(common.mustCall());
