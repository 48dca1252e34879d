'use strict';
// pipeline(createReadStream, createWriteStream) copies a file byte for byte.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { pipeline } = require('stream');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const source = tmpdir.resolve('source.bin');
const target = tmpdir.resolve('target.bin');
const content = Buffer.alloc(300001);
for (let i = 0; i < content.length; i++) content[i] = (i * 7) & 0xff;
fs.writeFileSync(source, content);

pipeline(fs.createReadStream(source, { highWaterMark: 1000 }), fs.createWriteStream(target),
         common.mustSucceed(() => {
           assert.ok(fs.readFileSync(target).equals(content));
         }));
