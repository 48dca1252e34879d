'use strict';
// a Cipheriv piped into a Decipheriv gives back the text.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { Readable, pipeline, Writable } = require('stream');
const key = Buffer.alloc(32, 5);
const iv = Buffer.alloc(16, 6);
const parts = [];
pipeline(
  Readable.from(['streamed ', 'through ', 'two ciphers']),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  new Writable({ write(chunk, enc, cb) { parts.push(chunk); cb(); } }),
  common.mustSucceed(() => {
    assert.strictEqual(Buffer.concat(parts).toString(), 'streamed through two ciphers');
  }));
