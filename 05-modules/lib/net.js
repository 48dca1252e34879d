// `net`: TCP servers and sockets over stage 04's tcp_wrap binding, and Unix
// domain sockets over 05's pipe_wrap. (Node: lib/net.js.)
//
// A Socket is a Duplex stream whose two sides are one TCP connection:
// _write sends through the handle, onread pushes what arrives, _final sends
// the FIN (uv_shutdown), _destroy closes the handle. The stream-generic part
// of that (reads, write requests) is in internal/stream_base_commons.js;
// this file adds what is TCP's: connecting (with a name lookup), addresses,
// Nagle and keep-alive, and the Server that accepts connections.
//
// A handle is a stage-04 HandleWrap: it keeps the loop alive while it is
// active (listening, reading, a request in flight) and ref'd; once closed it
// keeps nothing alive. So a program exits when its last server is closed
// (or unref'd) and its last socket is done, without any bookkeeping here.
//
//     socket = net.connect(port, host)
//        |  lookup(host)  (skipped for an IP address)
//        |  handle.connect(req, ip, port)  ... req.oncomplete -> 'connect'
//        v
//     socket.write(data) -> _write -> writeGeneric -> handle.writeBuffer
//     handle.onread      -> onStreamRead -> push() -> 'data'
//     socket.end()       -> _final -> handle.shutdown(req) -> the peer's 'end'
//     destroy()          -> _destroy -> handle.close(cb) -> 'close'
//
// A Unix domain socket is the same Socket over a Pipe handle instead of a
// TCP one: its address is a path (listen('/tmp/s'), connect({ path })),
// there is no lookup, no port, no Nagle; everything else (reads, writes,
// half-close, backpressure) is the shared stream code. Closing a listening
// Pipe removes its socket file (libuv does that).
//
// BlockList and SocketAddress are in internal/blocklist.js and
// internal/socketaddress.js.
//
// Left out: Windows pipes, abstract Unix sockets (a name starting with a NUL
// byte: libuv 1.44 reads a pipe's name only up to its first NUL), cluster,
// handles sent to workers, the autoSelectFamily ("happy eyeballs")
// connection racing: a host name is connected to its first address.
'use strict';

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = internalBinding('buffer');
const { TCP, TCPConnectWrap, constants: TCPConstants } = internalBinding('tcp_wrap');
const {
  Pipe, PipeConnectWrap, constants: PipeConstants,
} = internalBinding('pipe_wrap');
const uv = internalBinding('uv');
const {
  codes: {
    ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE, ERR_INVALID_IP_ADDRESS, ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  errnoException,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validatePort, validateString,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const {
  kAfterAsyncWrite, kHandle, kTimeout, kTimeoutIdle, kUpdateTimer, onStreamRead, owner_symbol,
  setStreamTimeout, shutdownGeneric, writeGeneric, writevGeneric,
} = require('internal/stream_base_commons');

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const normalizedArgsSymbol = Symbol('normalizedArgs');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

function noop() {}

// Name lookups go through one function, so that `dns` can be changed under
// net without touching it: dns.lookup(host, { family, hints }, cb(err, ip, family)).
let dns;
function defaultLookup(host, options, callback) {
  if (dns === undefined) dns = require('dns');
  return dns.lookup(host, options, callback);
}

// The errors that carry an address ("connect ECONNREFUSED 127.0.0.1:80",
// "listen EADDRINUSE: address already in use :::80"), made by the uv binding.
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const ex = uv.exceptionWithHostPort(err, syscall, address, port);
  if (additional) {
    ex.message += ` - Local (${additional})`;
  }
  return ex;
}

// ---- Arguments ----

// "x" >= 0 as a number, else false: listen('8080') is a port, listen('/tmp/s') a path.
function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// connect()/listen() take (port[, host][, cb]), (path[, cb]) or (options[, cb]);
// every form becomes [options, cb], marked so a second pass is skipped.
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
    result[normalizedArgsSymbol] = true;
    return result;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  result = [options, typeof cb === 'function' ? cb : null];
  result[normalizedArgsSymbol] = true;
  return result;
}

// ---- Socket ----

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[owner_symbol] = self;
    self._handle.onread = onStreamRead;
  }
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) {
    throw new ERR_INVALID_ARG_VALUE('options.fd', options.fd, 'is not supported here');
  }
  // A socket is not half open unless asked; its 'close' comes from
  // _destroy once the handle is closed, not from the stream machinery.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  if (options.emitClose === undefined) options.emitClose = false;
  if (options.autoDestroy === undefined) options.autoDestroy = true;
  options.decodeStrings = false;  // strings go to the binding as they are
  stream.Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  }
  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  // An accepted connection starts reading at once (or stays paused).
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addClientAbortSignalOption(this, options);

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  function onAbort() {
    signal.removeEventListener('abort', onAbort);
    self._aborted = true;
    const { AbortError } = require('internal/errors');
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort);
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

// The peer ended. Without allowHalfOpen the readable side's end also ends
// the writable side (Readable does that), and later writes fail with EPIPE.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Object.defineProperty(Socket.prototype, kHandle, {
  get() { return this._handle; },
  set(value) { this._handle = value; },
});

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout] && !s[kTimeoutIdle]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;
Socket.prototype[kAfterAsyncWrite] = function() { this[kLastWriteQueueSize] = 0; };

Socket.prototype.setTimeout = setStreamTimeout;

// 'timeout', unless a write is still making progress: a large write to a
// slow reader is activity too, even if no callback has come yet.
Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] ||
      (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

// What is queued in the Writable, including a write the kernel has not
// taken yet.
Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

// _read: start reading (the first call, and again after backpressure
// stopped it); before the connection exists, wait for it.
Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

// Finish sending, then destroy: the socket goes once its last byte is out.
Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// The writable side is done: send the FIN. The readable side stays open
// (the peer may still be sending) unless allowHalfOpen is off.
Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  return shutdownGeneric(this, cb);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    clearTimeout(s[kTimeout]);
  }
  if (this._handle) {
    const isException = exception ? true : false;
    // The counters stay readable after the handle is gone.
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else {
      this._handle.close(() => this.emit('close', isException));
    }
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

// Close with a RST instead of a FIN (SO_LINGER 0): the peer sees ECONNRESET.
Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname || this.connecting) {
    return this._sockname || {};
  } else if (!this._sockname) {
    this._sockname = {};
    const err = this._handle.getsockname(this._sockname);
    if (err) return {};
  }
  return this._sockname;
};

function protoGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: false, enumerable: true, get });
}

protoGetter('remoteAddress', function() { return this._getpeername().address; });
protoGetter('remoteFamily', function() { return this._getpeername().family; });
protoGetter('remotePort', function() { return this._getpeername().port; });
protoGetter('localAddress', function() { return this._getsockname().address; });
protoGetter('localPort', function() { return this._getsockname().port; });
protoGetter('localFamily', function() { return this._getsockname().family; });

protoGetter('bytesRead', function() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});

protoGetter('_bytesDispatched', function() {
  return this._handle ? this._handle.bytesWritten : this[kBytesWritten];
});

// What went out plus what is still queued, as Node counts it.
protoGetter('bytesWritten', function() {
  let bytes = this._bytesDispatched;
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length :
      Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (const el of data) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length :
        Buffer.byteLength(el.chunk, el.encoding);
    }
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});

// A write before the connection is up waits for 'connect'.
Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

// ---- Connecting ----

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);

  // A socket may be reused after it was destroyed.
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

Socket.prototype._undestroy = function() {
  require('internal/streams/destroy').undestroy.call(this);
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  // An IP address needs no lookup; connect on the next tick, so that the
  // caller's listeners are in place first.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  self._host = host;
  const lookup = options.lookup || defaultLookup;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self,
                       new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort | 0);
    } else {
      localAddress = localAddress || DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort | 0, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  if (addressType === undefined) {
    // A Unix socket: `address` is its path.
    const req = new PipeConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    err = self._handle.connect(req, address);
    if (err) self.destroy(exceptionWithHostPort(err, 'connect', address));
    return;
  }
  const req = new TCPConnectWrap();
  req.oncomplete = afterConnect;
  req.address = address;
  req.port = port;
  req.localAddress = localAddress;
  req.localPort = localPort;
  if (addressType === 4) err = self._handle.connect(req, address, port);
  else err = self._handle.connect6(req, address, port);
  if (err) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// req.oncomplete of a connect: 'connect' and 'ready', then the first read.
function afterConnect(status, handle, req, readable, writable) {
  const self = handle[owner_symbol];
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = stream.getDefaultHighWaterMark();
  }
  this._connections = 0;
  this._handle = null;
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? stream.getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// A bound TCP or Pipe handle, or a uv error number. With no address: the
// IPv6 wildcard "::" (which takes IPv4 too), falling back to "0.0.0.0".
// Port and address type -1 mean `address` is the path of a Unix socket.
function createServerHandle(address, port, addressType, flags) {
  let handle;
  let err;
  if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
    err = handle.bind(address);
  } else if (!address) {
    handle = new TCP(TCPConstants.SERVER);
    err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
    if (err) {
      handle.close();
      return createServerHandle(DEFAULT_IPV4_ADDR, port, 4);
    }
  } else if (addressType === 6) {
    handle = new TCP(TCPConstants.SERVER);
    err = handle.bind6(address, port, flags);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    err = handle.bind(address, port);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, flags) {
  let rval = null;
  if (!address) {
    rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, flags);
    if (typeof rval === 'number') {
      rval = null;
      address = DEFAULT_IPV4_ADDR;
      addressType = 4;
    } else {
      address = DEFAULT_IPV6_ADDR;
      addressType = 6;
    }
  }
  if (rval === null) rval = createServerHandle(address, port, addressType, flags);
  if (typeof rval === 'number') {
    process.nextTick(emitErrorNT, this, listenException(rval, address, port));
    return;
  }
  this._handle = rval;
  this._handle.onconnection = onconnection;
  this._handle[owner_symbol] = this;

  // 511: the kernel rounds backlog + 1 up to a power of two, so 512 entries.
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = listenException(err, address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}
Server.prototype._listen2 = setupListenHandle;

// "listen EADDRINUSE: address already in use :::80"; for a Unix socket
// (port -1) the path alone, though Node keeps `port: -1` on the error.
function listenException(err, address, port) {
  if (port !== -1) return uv.uvExceptionWithHostPort(err, 'listen', address, port);
  const ex = uv.uvExceptionWithHostPort(err, 'listen', address);
  ex.port = port;
  return ex;
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function getFlags(ipv6Only) {
  return ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;
}

function lookupAndListen(self, port, address, backlog, flags, signal) {
  defaultLookup(address, {}, function doListen(err, ip, addressType) {
    // Aborted while the name was being looked up: the server stays closed.
    if (signal?.aborted) return;
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      self._listen2(ip, port, addressType, backlog, flags);
    }
  });
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs =
    toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  if (options.signal) addServerAbortSignalOption(this, options);
  // listen(), listen(cb), listen(null), listen({ port: undefined }): any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options = { ...options, port: 0 };
  }
  const flags = getFlags(options.ipv6Only);

  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, flags, options.signal);
    } else {
      this._listen2(null, options.port | 0, 4, backlog, flags);
    }
    return this;
  }
  // A path (that is not a number): a Unix domain socket.
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    this._listen2(pipeName, -1, -1, options.backlog || backlogFromArgs);
    if (!this._handle) return this;  // failed: 'error' comes on the next tick
    // Who may connect besides the owner: the socket file's mode bits.
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
                                    'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function addServerAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => { self.close(); };
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted);
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// handle.onconnection: `this` is the listening handle, `clientHandle` an
// accepted TCP handle, which becomes a Socket.
function onconnection(err, clientHandle) {
  const self = this[owner_symbol];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    // Over the limit: the connection is closed at once, and reported (with
    // its addresses for TCP; a Unix socket has none to tell).
    if (!clientHandle.getsockname) {
      clientHandle.close();
      self.emit('drop');
      return;
    }
    const data = {};
    const local = {};
    const remote = {};
    clientHandle.getsockname(local);
    clientHandle.getpeername(remote);
    data.localAddress = local.address;
    data.localPort = local.port;
    data.localFamily = local.family;
    data.remoteAddress = remote.address;
    data.remotePort = remote.port;
    data.remoteFamily = remote.family;
    clientHandle.close();
    self.emit('drop', data);
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

// Stops accepting; 'close' comes once the last connection has gone too.
Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// `await using server = ...` closes it, where the engine has the symbol.
if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = async function() {
    if (!this._handle) return undefined;
    return require('util').promisify(this.close).call(this);
  };
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  get BlockList() {
    return require('internal/blocklist').BlockList;
  },
  get SocketAddress() {
    return require('internal/socketaddress').SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
};
