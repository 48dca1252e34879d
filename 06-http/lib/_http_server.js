// The HTTP server: a net.Server whose connections are fed to a parser, and
// ServerResponse. (Node: lib/_http_server.js.)
//
// How a socket's bytes become a 'request' event (the chapter walks it):
//
//   net.Server 'connection' -> connectionListener: take a parser from the
//       pool, bind it to the socket, listen for 'data', 'end', 'close'
//   socket 'data' -> parser.execute(bytes) (C++), which calls back:
//       kOnHeadersComplete -> an IncomingMessage (_http_common.js)
//           -> parserOnIncoming: a ServerResponse, then 'request'
//       kOnBody -> req.push(chunk); kOnMessageComplete -> req.push(null)
//   res.end() -> 'finish' -> resOnFinish: the next pipelined response gets
//       the socket, or the socket waits keepAliveTimeout for another request,
//       or (Connection: close, HTTP/1.0) it is closed.
//
// Responses leave in request order: a response made while another still
// owns the socket waits in state.outgoing, its writes queued in the message.
// Parse errors go to 'clientError', whose default answer is a fixed 400
// (431 for oversized headers, 408 on a timeout) and a destroyed socket.
'use strict';

const net = require('net');
const { ConnectionsList } = internalBinding('http_parser');
const {
  continueExpression, chunkExpression, freeParser, HTTPParser, isLenient, kIncomingMessage,
  parsers, prepareError, _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const { OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const { kOutHeaders, kNeedDrain, connResetException } = require('internal/http');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_SOCKET_ENCODING, ERR_INVALID_CHAR, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateInt32, validateObject } = require('internal/validators');
const { STATUS_CODES } = require('internal/http/status_codes');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    // HTTP/1.0 has no chunked framing unless the client said it knows it.
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);
// Defaults on the prototype, as Node has them: a response owns a status
// only once the handler (or writeHead) sets one.
ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

function onServerResponseClose() {
  // The socket closed under a response: the response is over too.
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

// 103 Early Hints (RFC 8297): Link headers the client may act on (preload
// a style sheet, say) while the server still works on the response. Each
// link must look like `<uri>; param=value; ...`, so that nothing else (no
// CR LF) can ride in it; the other hints are sent as they are.
const kLinkFormat = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=(?:"[^;"\s]*"|[^;"\s]*))?)*$/;

function linkHeaderValue(links) {
  const list = typeof links === 'string' ? [links] : links;
  if (!Array.isArray(list) || !list.every((link) => kLinkFormat.test(link))) {
    throw new ERR_INVALID_ARG_VALUE('hints', links, 'must be an array or string of format ' +
                                    '"</styles.css>; rel=preload; as=style"');
  }
  return list.join(', ');  // '' for an empty array: nothing to send
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = linkHeaderValue(hints.link);
  if (link === '') return;
  let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  }
  this._writeRaw(`${head}\r\n`, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // setHeader() was used: merge obj into those headers.
    if (obj !== undefined && obj !== null) {
      if (Array.isArray(obj)) {
        // Only the flat [name, value, ...] form here; a repeated name wins.
        if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
        for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.setHeader(obj[n], obj[n + 1]);
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;  // only writeHead's headers: rendered directly
  }

  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  // A client that waits for 100 Continue and never got it may still send
  // its body: the connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,  // of every accepted socket, so of req and res too
  });
  if (requestListener) this.on('request', requestListener);

  // Node keeps the socket open after the peer half-closes only when asked.
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const positive = (name, fallback) => {
    const value = options[name];
    if (value === undefined) return fallback;
    validateInt32(value, name, 0);
    return value;
  };
  this.maxHeaderSize = options.maxHeaderSize;
  if (this.maxHeaderSize !== undefined) validateInt32(this.maxHeaderSize, 'maxHeaderSize', 0);
  this.requestTimeout = positive('requestTimeout', 300000);
  this.headersTimeout = positive('headersTimeout', 60000);
  if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
      this.headersTimeout > this.requestTimeout) {
    throw new ERR_INVALID_ARG_VALUE('headersTimeout', this.headersTimeout,
                                    'must be less than or equal to "requestTimeout"');
  }
  this.connectionsCheckingInterval = positive('connectionsCheckingInterval', 30000);
  this.keepAliveTimeout = positive('keepAliveTimeout', 5000);
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (this.joinDuplicateHeaders !== undefined) {
    validateBoolean(this.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (this.insecureHTTPParser !== undefined) {
    validateBoolean(this.insecureHTTPParser, 'options.insecureHTTPParser');
  }
  this.requireHostHeader = options.requireHostHeader ?? true;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}

// The server checks its connections every connectionsCheckingInterval for
// ones that took too long to send their headers or their whole request.
function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] =
    setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
  this[kConnectionsCheckingInterval].unref();
}

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const expired = this[kConnections].expired(this.headersTimeout, this.requestTimeout);
  for (const parser of expired) {
    if (parser.socket) socketOnError.call(parser.socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  return net.Server.prototype.close.apply(this, args);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const parser of this[kConnections].all()) {
    if (parser.socket) parser.socket.destroy();
  }
};

// Idle: between requests on a keep-alive connection.
Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const parser of this[kConnections].idle()) {
    const socket = parser.socket;
    if (!socket) continue;
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser;
  if (!server[kConnections]) server[kConnections] = new ConnectionsList();
  parser.initialize(HTTPParser.REQUEST, {}, server.maxHeaderSize || 0,
                    lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone,
                    server[kConnections]);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  const state = {
    onData: null, onEnd: null, onClose: null, onDrain: null,
    outgoing: [],  // responses waiting for the socket (pipelining)
    incoming: [],  // requests whose responses have not finished
    outgoingData: 0,  // bytes queued in waiting responses
    requestsCount: 0,
    keepAliveTimeoutSet: false,
  };
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  socket.setEncoding = setEncodingGuard;
  socket._paused = false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

// The socket drained: resume reading if we paused it, and pass 'drain' on
// to the response that waits for it.
function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
    return;
  }
  if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // Upgrade or CONNECT: the rest of the bytes are not HTTP; hand the
    // socket over, with what was read past the headers.
    const req = parser.incoming;
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    parser.finish();
    freeParser(parser, req, socket);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();  // CONNECT with nobody to handle it
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();  // HTTP/2's preface
  }
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse =
  'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function noop() {}

// A malformed request or a timeout: 'clientError' if someone listens,
// otherwise a fixed answer and the socket destroyed.
function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    // Answer only if no response has started on this socket: a status
    // line in the middle of another response would corrupt it.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

// A request's headers are in: make its response and emit 'request'.
function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  // Responses pile up faster than the socket takes them: stop reading new
  // requests until it drains.
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = updateOutgoingData.bind(undefined, socket, state);
  res.shouldKeepAlive = keepAlive;

  if (socket._httpMessage) state.outgoing.push(res);  // wait for the one before
  else res.assignSocket(socket);

  res.on('finish', resOnFinish.bind(undefined, req, res, socket, state, server));

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const limited = typeof server.maxRequestsPerSocket === 'number' &&
      server.maxRequestsPerSocket > 0;
    if (limited) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (limited && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

// A response is complete: give the socket to the next one, or wait for the
// next request (keep-alive), or close.
function resOnFinish(req, res, socket, state, server) {
  state.incoming.shift();
  // The handler never read the body: drain it so the parser reaches the
  // next request.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
}

// The parser forgets a finished request (so it can be collected, and a
// timeout on the idle socket is not blamed on it) once its body is read.
function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

// The socket's encoding must stay binary: the parser reads bytes.
function setEncodingGuard() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

module.exports = {
  _connectionListener: connectionListener,
  httpServerPreClose,
  setupConnectionsTracking,
  storeHTTPOptions,
  kServerResponse,
  Server,
  ServerResponse,
  STATUS_CODES,
};
