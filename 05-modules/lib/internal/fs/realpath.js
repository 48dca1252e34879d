// fs.realpath and fs.realpathSync: the path with every symbolic link
// resolved, found one component at a time in JavaScript, as Node does
// (lib/fs.js, realpathSync). fs.realpath.native is instead one realpath(3)
// call in the binding; both answer the same, but fail differently: this
// walk reports the lstat that failed, with the absolute path it tried.
//
// The walk is written once, as a generator that yields the system calls it
// needs ({ call: 'lstat' | 'stat' | 'readlink', path }) and receives their
// answers; one driver answers them synchronously, the other with requests
// on the thread pool.
'use strict';

const binding = internalBinding('fs');
const { FSReqCallback } = binding;
const { Buffer } = internalBinding('buffer');
const pathModule = require('path');
const { S_IFMT, S_IFLNK } = internalBinding('constants').fs;

function* walk(p) {
  p = pathModule.resolve(p);
  const seenLinks = new Map();  // dev:ino of a link -> its target
  const knownHard = new Set();  // prefixes known to be no link
  let pos;
  let current;
  let base;
  const start = () => {
    pos = 1;  // past the root '/'
    current = '/';
    base = '/';
  };
  start();
  while (pos < p.length) {
    const next = p.indexOf('/', pos);
    const part = next === -1 ? p.slice(pos) : p.slice(pos, next + 1);
    const previous = current;
    current += part;
    base = previous + (next === -1 ? part : part.slice(0, -1));
    pos = next === -1 ? p.length : next + 1;
    if (knownHard.has(base)) continue;
    const stats = yield { call: 'lstat', path: base };
    if ((stats[1] & S_IFMT) !== S_IFLNK) {
      knownHard.add(base);
      continue;
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    let target = seenLinks.get(id);
    if (target === undefined) {
      yield { call: 'stat', path: base };  // fails on a dangling link
      target = yield { call: 'readlink', path: base };
      seenLinks.set(id, target);
    }
    p = pathModule.resolve(pathModule.resolve(previous, target), p.slice(pos));
    start();
  }
  return p;
}

function encode(path, options) {
  const { encoding } = options;
  if (!encoding || encoding === 'utf8') return path;
  const bytes = Buffer.from(path);
  return encoding === 'buffer' ? bytes : bytes.toString(encoding);
}

function realpathSync(path, options) {
  const steps = walk(String(path));
  let answer;
  for (;;) {
    const { value, done } = steps.next(answer);
    if (done) return encode(value, options);
    if (value.call === 'readlink') answer = binding.readlink(value.path, 'utf8');
    else answer = binding[value.call](value.path, false);
  }
}

function realpath(path, options, callback) {
  const steps = walk(String(path));
  const step = (err, answer) => {
    if (err) return callback(err);
    let next;
    try {
      next = steps.next(answer);
    } catch (error) {
      return callback(error);
    }
    const { value, done } = next;
    if (done) return callback(null, encode(value, options));
    const req = new FSReqCallback();
    req.oncomplete = step;
    if (value.call === 'readlink') binding.readlink(value.path, 'utf8', req);
    else binding[value.call](value.path, false, req);
  };
  step(null, undefined);
}

module.exports = { realpath, realpathSync };
