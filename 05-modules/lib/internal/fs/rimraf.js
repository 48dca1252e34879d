// rm -rf: a tree removed bottom up, for fs.rm and fs.rmdir with
// { recursive: true }. (Node: lib/internal/fs/rimraf.js.)
//
// A folder can only be removed once it is empty, so each folder is read,
// its entries removed (in parallel, in the callback form), then the folder
// itself. Something that disappears meanwhile (ENOENT) counts as removed.
// Node also retries on EBUSY, EMFILE and friends `maxRetries` times, backing
// off by `retryDelay`; this walk retries the same errors the same way.
'use strict';

const binding = internalBinding('fs');
const { FSReqCallback } = binding;
const pathModule = require('path');
const { S_IFMT, S_IFDIR } = internalBinding('constants').fs;

const kRetryable = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function req(callback) {
  const request = new FSReqCallback();
  request.oncomplete = callback;
  return request;
}

function isDirectory(stats) {
  return (stats[1] & S_IFMT) === S_IFDIR;
}

// ---- the callback form ----

function rimraf(path, options, callback) {
  path = String(path);  // a Buffer path, as text: the walk joins names to it
  let retries = 0;
  const attempt = () => removeTree(path, (err) => {
    if (err && kRetryable.has(err.code) && retries < options.maxRetries) {
      retries++;
      setTimeout(attempt, retries * options.retryDelay);
      return;
    }
    callback(err && err.code === 'ENOENT' ? null : err);
  });
  attempt();
}

function removeTree(path, callback) {
  binding.lstat(path, false, req((err, stats) => {
    if (err) return callback(err.code === 'ENOENT' ? null : err);
    if (!isDirectory(stats)) return binding.unlink(path, req(ignoreMissing(callback)));
    binding.readdir(path, undefined, false, req((readErr, names) => {
      if (readErr) return callback(readErr.code === 'ENOENT' ? null : readErr);
      let pending = names.length;
      let failed = null;
      const removeSelf = () => binding.rmdir(path, req(ignoreMissing(callback)));
      if (pending === 0) return removeSelf();
      for (const name of names) {
        removeTree(pathModule.join(path, name), (childErr) => {
          failed ??= childErr;
          if (--pending > 0) return;
          if (failed) callback(failed);
          else removeSelf();
        });
      }
    }));
  }));
}

function ignoreMissing(callback) {
  return (err) => callback(err && err.code !== 'ENOENT' ? err : null);
}

// ---- the synchronous form ----

function rimrafSync(path, options) {
  path = String(path);
  const stats = binding.lstat(path, false, undefined, false);
  if (stats === undefined) return;
  if (!isDirectory(stats)) {
    tolerateMissing(() => binding.unlink(path));
    return;
  }
  for (const name of binding.readdir(path, undefined, false)) {
    rimrafSync(pathModule.join(path, name), options);
  }
  for (let retries = 0; ; retries++) {
    try {
      tolerateMissing(() => binding.rmdir(path));
      return;
    } catch (err) {
      if (!kRetryable.has(err.code) || retries >= options.maxRetries) throw err;
    }
  }
}

function tolerateMissing(call) {
  try {
    call();
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

module.exports = { rimraf, rimrafSync };
