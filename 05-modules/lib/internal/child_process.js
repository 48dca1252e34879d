// ChildProcess: another program, running beside this one, seen as an
// EventEmitter over the `process_wrap` binding (05-modules/process/).
// (Node: lib/internal/child_process.js.)
//
//     child = new ChildProcess();  child.spawn(options)
//       new Process()           the handle (uv_process_t)
//       new Pipe(SOCKET)        one per stdio 'pipe': uv_spawn connects it
//       handle.spawn(options)   fork + exec; the pipes become net.Sockets:
//                               child.stdin (we write), child.stdout and
//                               child.stderr (we read)
//       'spawn'                 next tick, if it started
//       handle.onexit(code, signal)
//         -> 'exit' (code, signalName)    the process is gone
//         -> 'close' (code, signalName)   ... and every stdio pipe is at its end
//
// A spawn that fails because of the program (ENOENT, EACCES, ...) is no
// exception: 'error' comes on the next tick ("spawn nosuch ENOENT", with
// errno, code, syscall, path and spawnargs), then 'close'.
//
// **IPC** (fork, or 'ipc' in stdio): one more pipe, made with Pipe's IPC
// kind, whose child end is announced to the child as NODE_CHANNEL_FD. Both
// sides call setupChannel(): each message is JSON.stringify(message) + '\n'
// on the pipe; the reader splits at newlines and parses. A message whose
// `cmd` starts with NODE_ is the runtime's own ('internalMessage').
//
// spawnSync() is here too: the `spawn_sync` binding runs the child on a
// loop of its own and returns what it wrote.
'use strict';

const EventEmitter = require('events');
const net = require('net');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { WriteWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset,
        kLastWriteWasAsync } = internalBinding('stream_wrap');
const uv = internalBinding('uv');
const { signals } = internalBinding('os').constants;
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS, ERR_UNKNOWN_SIGNAL,
  },
  errnoException,
} = require('internal/errors');

// Runtime errors of a spawn: reported by 'error', not thrown (Node's list).
const kSpawnEventErrors = new Set([uv.UV_EACCES, uv.UV_EAGAIN, uv.UV_EMFILE, uv.UV_ENFILE,
                                   uv.UV_ENOENT]);

// ---- Signals: names for the numbers libuv reports, numbers for the names
// scripts give. (Node: convertToValidSignal in lib/internal/util.js.)

const signalNames = {};
for (const name of Object.keys(signals)) signalNames[signals[name]] = name;

function signalName(number) {
  return number > 0 ? (signalNames[number] ?? null) : null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// ---- stdio: what the script asked for, as the binding wants it.
//
//   'pipe' / null / undefined   { type: 'pipe', readable, writable, handle: new Pipe }
//   'ipc'                       { type: 'pipe', handle: new Pipe(IPC), ipc: true }
//   'inherit'                   { type: 'inherit', fd: i }
//   'ignore'                    { type: 'ignore' }
//   a number                    { type: 'fd', fd }
//   a stream with an fd         { type: 'fd', fd }   (process.stdout, fs streams)
//   a stream over a Pipe        { type: 'wrap', handle }   (another child's stdout)

function stdioStringToArray(stdio, channel) {
  const options = [stdio, stdio, stdio];
  if (channel) options.push(channel);
  return options;
}

function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    if (stdio !== 'ignore' && stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'overlapped') {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  const entries = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      entries.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' ||
               (typeof entry === 'number' && entry < 0)) {
      const pipe = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) pipe.handle = new Pipe(PipeConstants.SOCKET);
      entries.push(pipe);
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        for (const made of entries) made.handle?.close();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      entries.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (entry === 'inherit') {
      entries.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      entries.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (entry?._handle instanceof Pipe || entry instanceof Pipe) {
      const handle = entry instanceof Pipe ? entry : entry._handle;
      entries.push({ type: 'wrap', handle, _stdio: entry });
    } else {
      for (const made of entries) made.handle?.close();
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: entries, ipc, ipcFd };
}

// ---- ChildProcess

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;  // the exit; one more per output pipe and for the channel
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle[kOwner] = this;
  this._handle.onexit = onexit;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

const kOwner = Symbol('kOwner');
const kIsUsedForIPC = Symbol('kIsUsedForIPC');  // a stream handed to a child: not ours to drain

// handle.onexit: `this` is the handle; a negative code is a failed spawn.
function onexit(exitCode, termSignal) {
  const child = this[kOwner];
  const signalCode = typeof termSignal === 'number' ? signalName(termSignal) : termSignal;
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  if (child._handle) child._handle.close();
  child._handle = null;
  if (exitCode < 0) {
    const syscall = child.spawnfile ? `spawn ${child.spawnfile}` : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    // The pipes were never connected: nothing will come through them, so
    // their reading sides end now (flushStdio lets the 'end' come).
    for (const stream of child.stdio) {
      if (stream && stream !== child.stdin && stream.readable) stream.push(null);
    }
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Output nobody reads must still drain, or 'close' would never come.
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

function flushStdio(child) {
  for (const stream of child.stdio ?? []) {
    if (!stream || !stream.readable || stream.destroyed || stream[kIsUsedForIPC]) continue;
    if (stream.readableFlowing === null && stream.listenerCount('data') === 0 &&
        stream.listenerCount('readable') === 0) {
      stream.resume();
    }
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

ChildProcess.prototype.spawn = function spawn(options) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const stdioOption = options.stdio === undefined ? 'pipe' : options.stdio;
  const { stdio, ipc, ipcFd } = getValidStdio(stdioOption, false);
  const serialization = options.serialization || 'json';
  if (serialization !== 'json' && serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', serialization,
                                    "must be one of: 'json', 'advanced'");
  }
  if (ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }
  if (typeof options.file !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.file', 'string', options.file);
  }
  this.spawnfile = options.file;
  if (options.args === undefined) this.spawnargs = [];
  else if (Array.isArray(options.args)) this.spawnargs = options.args;
  else throw new ERR_INVALID_ARG_TYPE('options.args', 'Array', options.args);

  const err = this._handle.spawn({ ...options, stdio });
  if (kSpawnEventErrors.has(err)) {
    process.nextTick(onErrorNT, this, err);
    if (err === uv.UV_EMFILE || err === uv.UV_ENFILE) {
      for (const entry of stdio) if (entry.type === 'pipe') entry.handle.close();
      this.stdio = [];
      return err;
    }
  } else if (err) {
    this._handle.close();
    this._handle = null;
    for (const entry of stdio) if (entry.type === 'pipe') entry.handle.close();
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }
  this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.type === 'ignore' || entry.ipc) {
      if (entry.ipc) this._closesNeeded++;
      continue;
    }
    if (entry.type === 'wrap') {
      // The child reads this pipe now: we must stop taking its bytes.
      entry.handle.reading = false;
      entry.handle.readStop();
      if (entry._stdio !== entry.handle) {
        entry._stdio.pause();
        entry._stdio.readableFlowing = false;
        entry._stdio._readableState.reading = false;
        entry._stdio[kIsUsedForIPC] = true;
      }
      continue;
    }
    if (entry.handle) {
      entry.socket = createSocket(entry.handle, i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }
  }
  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((entry) => (entry.socket === undefined ? null : entry.socket));
  if (ipc !== undefined) setupChannel(this, ipc, serialization);
  return err;
};

function createSocket(pipe, readable) {
  return net.Socket({ handle: pipe, readable, writable: !readable });
}

function onErrorNT(child, err) {
  child._handle.onexit(err);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === uv.UV_ESRCH) {
      // Already gone; 'exit' is on its way.
    } else if (err === uv.UV_EINVAL || err === uv.UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype.ref = function() {
  this._handle?.ref();
};

ChildProcess.prototype.unref = function() {
  this._handle?.unref();
};

// ---- The IPC channel, on either side: `target` is a ChildProcess (the
// parent's view) or `process` (the child's).

function setupChannel(target, pipe, serializationMode) {
  const channel = pipe;
  target.channel = channel;
  target._channel = channel;  // the older name
  target.connected = true;
  let refs = 0;  // listeners that want the channel to keep the loop alive
  channel.refCounted = () => { if (++refs === 1) channel.ref(); };
  channel.unrefCounted = () => { if (--refs === 0) channel.unref(); };
  const codec = serializationMode === 'advanced' ? advancedCodec() : jsonCodec();

  channel.onread = function(arrayBuffer) {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread > 0) {
      const offset = streamBaseState[kArrayBufferOffset];
      for (const message of codec.read(Buffer.from(arrayBuffer, offset, nread))) {
        handleMessage(target, message);
      }
      return;
    }
    if (nread === 0) return;
    // EOF or an error: the other side is gone.
    channel.readStop();
    target.disconnect();
    channel.onread = () => {};
  };

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (handle !== undefined && handle !== null) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'undefined', handle);  // handles are not sent here
    }
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (!this.connected) {
      const ex = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
      return false;
    }
    const req = new WriteWrap();
    req.handle = channel;
    req.oncomplete = (status) => {
      if (typeof callback === 'function') {
        callback(status < 0 ? errnoException(status, 'write') : null);
      }
    };
    const err = codec.write(channel, req, message);
    if (err !== 0) {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
    } else if (streamBaseState[kLastWriteWasAsync] === 0 && typeof callback === 'function') {
      process.nextTick(callback, null);
    }
    return true;
  };

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    channel.readStop();
    channel.onread = () => {};
    process.nextTick(finishDisconnect, this, channel);
  };

  channel.readStart();
  return channel;

  function finishDisconnect(self, handle) {
    handle.close();
    self.channel = null;
    self._channel = null;
    self.emit('disconnect');
    if (self instanceof ChildProcess) maybeClose(self);
  }

  function handleMessage(receiver, message) {
    const internal = message !== null && typeof message === 'object' &&
      typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
    process.nextTick(() => receiver.emit(internal ? 'internalMessage' : 'message', message));
  }
}

// The two wire formats of a channel. 'json' (the default): each message is
// JSON.stringify(message) and a newline, so a reader splits at newlines; a
// message may come in any number of reads, or several in one. 'advanced':
// V8's serializer (the `messaging` binding), so Maps, Sets, BigInts, Dates
// and typed arrays survive; each message is its length (4 bytes, big-endian)
// then its bytes.
function jsonCodec() {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return {
    write(channel, req, message) {
      return channel.writeUtf8String(req, `${JSON.stringify(message)}\n`);
    },
    * read(chunk) {
      pending += decoder.write(chunk);
      let newline;
      while ((newline = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        yield JSON.parse(line);
      }
    },
  };
}

function advancedCodec() {
  const { serialize, deserialize } = internalBinding('messaging');
  let pending = Buffer.alloc(0);
  return {
    write(channel, req, message) {
      const body = serialize(message);
      const frame = Buffer.allocUnsafe(4 + body.length);
      frame.writeUInt32BE(body.length, 0);
      frame.set(body, 4);
      return channel.writeBuffer(req, frame);
    },
    * read(chunk) {
      pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const size = pending.readUInt32BE(0);
        if (pending.length < 4 + size) break;
        const message = deserialize(pending.subarray(4, 4 + size));
        pending = pending.subarray(4 + size);
        yield message;
      }
    },
  };
}

// The child's side of fork(): the bootstrap calls this when the parent left
// NODE_CHANNEL_FD in the environment. The channel does not keep the child
// alive by itself, only while someone listens for 'message' or
// 'disconnect' (a child that only sends still ends when it is done).
function forkChild(fd, serializationMode) {
  const pipe = new Pipe(PipeConstants.IPC);
  const err = pipe.open(fd);
  if (err) throw errnoException(err, 'open');
  pipe.unref();
  const channel = setupChannel(process, pipe, serializationMode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') channel.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') channel.unrefCounted();
  });
}

// ---- spawnSync

function spawnSync(options) {
  const result = internalBinding('spawn_sync').spawn(options);
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (result.output[i]) result.output[i] = result.output[i].toString(options.encoding);
    }
  }
  result.signal = typeof result.signal === 'number' ? signalName(result.signal) : null;
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error !== undefined) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  ChildProcess, convertToValidSignal, forkChild, getValidStdio, setupChannel, signalName, spawnSync,
  stdioStringToArray,
};
