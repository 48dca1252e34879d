// fs.watch, fs.watchFile and fs.unwatchFile: two ways of hearing that a
// file changed. (Node: lib/internal/fs/watchers.js.)
//
//     fs.watch(path)        an FSWatcher over an FSEvent handle
//                           (05-modules/fs/fs_event_wrap.cc): the kernel
//                           tells (inotify); 'change' (eventType, filename)
//     fs.watchFile(path)    a StatWatcher over a uv_fs_poll_t
//                           (05-modules/fs/stat_watcher.cc): libuv stats
//                           the path every `interval` ms; 'change' (current,
//                           previous), both Stats
//
// Both are EventEmitters wrapping a handle: the handle calls `onchange` on
// itself, and the wrapper turns that into events. Closing the wrapper
// closes the handle, after which the loop may end.
'use strict';

const EventEmitter = require('events');
const pathModule = require('path');
const { FSEvent } = internalBinding('fs_event_wrap');
const { StatWatcher: NativeStatWatcher } = internalBinding('stat_watcher');
const { kFsStatsFieldsNumber } = internalBinding('fs');
const { uvException } = internalBinding('uv');
const { validateFunction } = require('internal/validators');
const { getOptions, getStatsFromBinding, getValidatedPath, validateUint32 } =
  require('internal/fs/utils');

const kOwner = Symbol('owner_symbol');

function watchError(errno, filename) {
  const error = uvException(errno, 'watch', String(filename));
  error.filename = filename;
  return error;
}

// ---- fs.watch ----

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._handle[kOwner] = this;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) this._handle.close();
        this._handle = null;
        this.emit('error', watchError(status, filename));
      } else {
        this.emit('change', eventType, filename);
      }
    };
  }

  start(filename, persistent, recursive, encoding) {
    if (this._handle === null) return;
    filename = getValidatedPath(filename, 'filename');
    const err = this._handle.start(filename, persistent, recursive, encoding);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, filename);
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options) };
  options.persistent ??= true;
  options.recursive ??= false;
  const watcher = new FSWatcher();
  watcher.start(filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---- fs.watchFile ----

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('KFSStatWatcherRefCount');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
    this[kRefCount] = 1;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new NativeStatWatcher(this[kUseBigint]);
    this._handle[kOwner] = this;
    this._handle.onchange = (status, stats) => {
      // Still missing, as before: nothing to say (Node's test, kept as is).
      if (this[kOldStatus] === -1 && status === -1 && stats[2] === stats[16]) return;
      this[kOldStatus] = status;
      this.emit('change', getStatsFromBinding(stats),
                getStatsFromBinding(stats, kFsStatsFieldsNumber));
    };
    if (!persistent) this._handle.unref();
    validateUint32(interval, 'interval');
    const err = this._handle.start(filename, interval);
    if (err) throw watchError(err, filename);
  }

  stop() {
    if (this._handle === null) return;
    process.nextTick(() => this.emit('stop'));
    this._handle.close();
    this._handle = null;
  }

  ref() {
    this[kRefCount]++;
    this._handle?.ref();
    return this;
  }

  unref() {
    if (--this[kRefCount] <= 0) this._handle?.unref();
    return this;
  }
}

// One StatWatcher per absolute path, shared by every listener of it.
const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(String(getValidatedPath(filename)));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(String(getValidatedPath(filename)));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile };
