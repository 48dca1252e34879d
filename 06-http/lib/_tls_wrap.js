// TLSSocket and tls.Server: TLS as a stream over a stream. (Node:
// lib/_tls_wrap.js.)
//
//   net.Socket (ciphertext) --'data'--> TLSWrap.receive() --onread--> TLSSocket.push()
//   net.Socket.write()  <--onwrite--  TLSWrap.write()  <--_write()--  TLSSocket.write()
//
// TLSWrap (06-http/tls/tls_wrap.h) is an OpenSSL SSL between two memory
// BIOs: it never touches the network. This file is the plumbing: it feeds
// the raw socket's bytes in, writes what comes out, and turns the SSL's
// events into the stream's: 'secureConnect' (client) and 'secureConnection'
// (server) once the handshake is done and the peer's certificate checked,
// cleartext as 'data', close_notify as 'end'. Writes made before the
// handshake is over wait in a queue.
//
// A TLSSocket is a net.Socket, as in Node (`instanceof net.Socket`, the same
// prototype chain, so scripts and libraries that test for a socket accept
// it), but it owns no TCP handle of its own: it holds the net.Socket that
// carries the ciphertext and forwards to it what touches the connection
// (setTimeout, setNoDelay, address, remoteAddress, ...). Every method of
// net.Socket that would write to or read from a handle (_read, _write,
// _writev, _final, _destroy) is replaced here by one that goes through the
// TLSWrap instead. (Node's TLSWrap reads the TCP handle in C++ and so can
// hand a TLSSocket that handle directly.)
'use strict';

const net = require('net');
const { Duplex } = require('stream');  // the stream part of a socket
const { TLSWrap } = internalBinding('tls_wrap');
const { createSecureContext, SecureContext, alpnWire } = require('_tls_common');
const { checkServerIdentity } = require('internal/tls');
const { codes: { ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_REQUIRED_SERVER_NAME, ERR_INVALID_ARG_TYPE } } =
  require('internal/errors');
const { isIP } = require('internal/net');

const kRaw = Symbol('kRaw');
const kWrap = Symbol('kWrap');
const kPending = Symbol('kPending');
const kOptions = Symbol('kOptions');

function TLSSocket(socket, options = {}) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  // net.Socket's constructor would open or adopt a handle: only the stream
  // part is made here, the handle stays with the raw socket.
  Duplex.call(this, { allowHalfOpen: false, emitClose: true, autoDestroy: true });
  this._parent = null;
  this[kOptions] = options;
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = null;
  this.servername = null;
  this._secureEstablished = false;
  this.server = options.server;
  this[kPending] = [];
  const raw = socket || new net.Socket();
  this[kRaw] = raw;
  raw._tlsSocket = this;

  const secureContext = options.secureContext || createSecureContext(options);
  const wrap = new TLSWrap(secureContext.context, !!options.isServer);
  this[kWrap] = wrap;
  if (options.isServer && options.requestCert) wrap.setVerifyMode(true);
  if (!options.isServer && options.ALPNProtocols) wrap.setALPNProtocols(alpnWire(options.ALPNProtocols));
  if (!options.isServer && options.session) wrap.setSession(options.session);
  if (options.isServer && options.SNICallback) {
    wrap.enableSNICallback();
    wrap.onsni = (servername) => onSNI(this, servername);
  }

  wrap.onwrite = (buf) => {
    if (!raw.destroyed) raw.write(buf);
  };
  wrap.onread = (buf) => {
    if (buf === null) {
      this.push(null);
      return;
    }
    if (!this.push(buf)) raw.pause();
  };
  wrap.onhandshakedone = () => onHandshakeDone(this);
  wrap.onerror = (err) => onTlsError(this, err);
  wrap.onnewsession = (session) => this.emit('session', session);

  raw.on('data', (buf) => wrap.receive(buf));
  raw.on('end', () => {
    if (!this._secureEstablished) {
      // Node's words differ by side: a client names the handshake, a
      // server only sees the peer gone.
      const err = new Error(options.isServer ? 'socket hang up' :
        'Client network socket disconnected before secure TLS connection was established');
      err.code = 'ECONNRESET';
      onTlsError(this, err);
      return;
    }
    this.push(null);
  });
  raw.on('error', (err) => onTlsError(this, err));
  raw.on('close', () => {
    if (!this.destroyed) this.destroy();
  });
  raw.on('timeout', () => this.emit('timeout'));
  raw.on('drain', () => {
    const cb = this._drainCallback;
    if (cb) {
      this._drainCallback = null;
      cb();
    }
  });
  raw.on('connect', () => this.emit('connect'));
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function onTlsError(socket, err) {
  if (socket.destroyed) return;
  if (!socket._secureEstablished && socket[kOptions].isServer && socket.server) {
    // A client that never made it through the handshake: the server tells
    // 'tlsClientError' and goes on serving.
    socket.destroy();
    socket.server.emit('tlsClientError', err, socket);
    return;
  }
  socket.destroy(err);
}

// The handshake is paused at the ClientHello (06-http/tls/tls_wrap.cc):
// SNICallback may answer later, with a context whose certificate is then
// the one presented. No name asked for, no callback (as in Node).
function onSNI(socket, servername) {
  const wrap = socket[kWrap];
  if (!servername) {
    wrap.resumeHandshake();
    return;
  }
  socket.servername = servername;
  socket[kOptions].SNICallback.call(socket, servername, (err, context) => {
    if (socket.destroyed) return;
    if (err) {
      onTlsError(socket, err);
      return;
    }
    if (context) wrap.setSecureContext(context.context);
    wrap.resumeHandshake();
  });
}

function onHandshakeDone(socket) {
  const wrap = socket[kWrap];
  const options = socket[kOptions];
  socket._secureEstablished = true;
  socket.alpnProtocol = wrap.getALPNNegotiatedProtocol();
  if (options.isServer) {
    socket.servername = wrap.getServername();
    if (options.requestCert) {
      const error = wrap.verifyError();
      socket.authorized = !error;
      if (error) socket.authorizationError = error.code;
      if (error && options.rejectUnauthorized) {
        socket.destroy();
        return;
      }
    }
    if (socket.server && socket.server._handshakeTimer) socket[kRaw].setTimeout(0);
    flushPending(socket);
    if (socket.server) socket.server.emit('secureConnection', socket);
    socket.emit('secure');
    return;
  }
  socket.servername = wrap.getServername();  // false when none was sent
  // A client checks the chain (OpenSSL's result), then the name.
  let error = wrap.verifyError();
  if (!error) {
    const cert = socket.getPeerCertificate();
    const hostname = options.servername || options.host || 'localhost';
    error = (options.checkServerIdentity || checkServerIdentity)(hostname, cert);
  }
  if (error) {
    socket.authorized = false;
    socket.authorizationError = error.code || error.message;
    if (options.rejectUnauthorized !== false) {
      socket.destroy(error);
      return;
    }
  } else {
    socket.authorized = true;
  }
  flushPending(socket);
  socket.emit('secureConnect');
}

function flushPending(socket) {
  const pending = socket[kPending];
  socket[kPending] = [];
  for (const { chunk, callback } of pending) socket._write(chunk, 'buffer', callback);
  if (socket._endPending) {
    const callback = socket._endPending;
    socket._endPending = null;
    socket._final(callback);
  }
}

TLSSocket.prototype._start = function _start() {
  const options = this[kOptions];
  const wrap = this[kWrap];
  // SNI only when asked for (https asks, with the host's name).
  const servername = options.servername;
  if (servername && !isIP(servername)) wrap.setServername(servername);
  wrap.start();
};

TLSSocket.prototype._read = function _read() {
  const raw = this[kRaw];
  if (raw.isPaused()) raw.resume();
};

TLSSocket.prototype._write = function _write(chunk, encoding, callback) {
  if (!this._secureEstablished) {
    this[kPending].push({ chunk, callback });
    return;
  }
  this[kWrap].write(chunk);
  if (this[kRaw].writableNeedDrain) this._drainCallback = callback;
  else callback();
};

// Chunks queued while a write was in progress go out as one TLS write.
TLSSocket.prototype._writev = function _writev(chunks, callback) {
  const { Buffer } = require('buffer');
  const buffers = chunks.map(({ chunk, encoding }) =>
    (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding)));
  this._write(Buffer.concat(buffers), 'buffer', callback);
};

TLSSocket.prototype._final = function _final(callback) {
  if (!this._secureEstablished) {
    this._endPending = callback;
    return;
  }
  this[kWrap].shutdown();  // close_notify
  this[kRaw].end();
  callback();
};

TLSSocket.prototype._destroy = function _destroy(err, callback) {
  this[kWrap].destroy();
  const raw = this[kRaw];
  if (!raw.destroyed) raw.destroy();
  for (const { callback: cb } of this[kPending]) cb(err || new Error('Socket is closed'));
  this[kPending] = [];
  callback(err);
};

TLSSocket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', () => this.destroy());
};

// What is asked of the connection: null once it is gone (the SSL freed in
// _destroy), as Node's answers are once its handle is.
TLSSocket.prototype.getPeerCertificate = function getPeerCertificate() {
  if (this.destroyed) return null;
  return this[kWrap].getPeerCertificate() || {};
};
// The same certificate as a crypto.X509Certificate (undefined without one).
TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  const cert = this.destroyed ? undefined : this[kWrap].getPeerCertificate();
  if (!cert || !cert.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(cert.raw);
};
TLSSocket.prototype.getProtocol = function getProtocol() {
  return this.destroyed ? null : this[kWrap].getProtocol();
};
TLSSocket.prototype.getCipher = function getCipher() {
  return this.destroyed ? null : this[kWrap].getCipher();
};
TLSSocket.prototype.getSession = function getSession() {
  return this.destroyed ? null : this[kWrap].getSession();
};
TLSSocket.prototype.isSessionReused = function isSessionReused() {
  return this.destroyed ? null : this[kWrap].isSessionReused();
};
TLSSocket.prototype.setServername = function setServername(name) {
  this[kWrap].setServername(name);
};

// What http and scripts use of a net.Socket, passed to the one underneath.
TLSSocket.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  this[kRaw].setTimeout(msecs);
  if (callback) {
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};
for (const name of ['setNoDelay', 'setKeepAlive', 'ref', 'unref']) {
  TLSSocket.prototype[name] = function(...args) {
    this[kRaw][name](...args);
    return this;
  };
}
TLSSocket.prototype.address = function address() { return this[kRaw].address(); };
// Activity on the cleartext side keeps the connection's idle timer fresh.
TLSSocket.prototype._unrefTimer = function _unrefTimer() { this[kRaw]._unrefTimer(); };
TLSSocket.prototype.connect = function connect() {
  throw new Error('TLSSocket.connect() is not supported: use tls.connect()');
};
for (const name of ['remoteAddress', 'remotePort', 'remoteFamily', 'localAddress', 'localPort',
  'bytesRead', 'bytesWritten', 'connecting', 'pending', '_handle']) {
  Object.defineProperty(TLSSocket.prototype, name, {
    get() { return this[kRaw][name]; },
    configurable: true,
  });
}

// ---- Server ----

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  }
  net.Server.call(this, { allowHalfOpen: false, pauseOnConnect: false, noDelay: options.noDelay });
  this._options = options;
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.handshakeTimeout = options.handshakeTimeout || 120 * 1000;
  this.ALPNProtocols = options.ALPNProtocols;
  if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', options.SNICallback);
  }
  this._contexts = [];
  this._SNICallback = options.SNICallback;
  // As in Node, a server makes its context from its own options (a
  // `secureContext` option is for sockets and SNICallback's answers).
  this._sharedCreds = createSecureContext(options);
  if (options.ALPNProtocols) this._sharedCreds.context.setALPNProtocols(alpnWire(options.ALPNProtocols));
  if (listener) this.on('secureConnection', listener);
  this.on('connection', tlsConnectionListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function tlsConnectionListener(raw) {
  const server = this;
  const socket = new TLSSocket(raw, {
    isServer: true,
    server,
    secureContext: server._sharedCreds,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    SNICallback: server._SNICallback ||
      (server._contexts.length > 0 ? defaultSNICallback : undefined),
  });
  // A client that connects and never finishes the handshake is dropped.
  raw.setTimeout(server.handshakeTimeout);
  raw.once('timeout', () => {
    if (!socket._secureEstablished) onTlsError(socket, new ERR_TLS_HANDSHAKE_TIMEOUT());
  });
  server._handshakeTimer = true;
  socket.on('error', () => {});  // errors after the handshake reach the protocol's listeners
}

// addContext's names may hold '*' for one label: the newest match wins.
// Called on the socket, as the user's SNICallback is.
function defaultSNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    if (contexts[i][0].test(servername)) {
      callback(null, contexts[i][1]);
      return;
    }
  }
  callback(null, undefined);
}

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const pattern = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*');
  const secureContext = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([new RegExp(`^${pattern}$`), secureContext]);
};

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._sharedCreds = createSecureContext(options);
};

// ---- connect ----

function normalizeConnectArgs(args) {
  const normalized = net._normalizeArgs(args);
  const options = normalized[0];
  const callback = normalized[1];
  if (args[1] !== null && typeof args[1] === 'object') Object.assign(options, args[1]);
  else if (args[2] !== null && typeof args[2] === 'object') Object.assign(options, args[2]);
  return callback ? [options, callback] : [options];
}

function connect(...args) {
  const [options, callback] = normalizeConnectArgs(args);
  const host = options.host || 'localhost';
  const tlsOptions = { ...options, host, isServer: false };
  if (options.rejectUnauthorized === undefined) tlsOptions.rejectUnauthorized = true;
  let raw = options.socket;
  if (!raw) raw = net.connect({ ...options, host });
  const socket = new TLSSocket(raw, tlsOptions);
  if (callback) socket.once('secureConnect', callback);
  if (raw.connecting) raw.once('connect', () => socket._start());
  else socket._start();
  return socket;
}

module.exports = { TLSSocket, Server, createServer: (o, l) => new Server(o, l), connect,
  SecureContext };
