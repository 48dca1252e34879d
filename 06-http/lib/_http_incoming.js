// IncomingMessage: a request as the server sees it, or a response as the
// client sees it. (Node: lib/_http_incoming.js.)
//
// It is a Readable of the body. The parser pushes body chunks into it
// (_http_common.js); when a push() fills its buffer the socket is paused
// (readStop), and _read(), called when the reader wants more, resumes it
// (readStart): the body flows at the reader's pace, never piling up.
//
// The headers are kept twice: rawHeaders, the lines exactly as received
// ([name, value, ...]), and headers, an object with lower-case names built
// on first use by Node's rules for a name seen twice: set-cookie collects an
// array, a handful of single-valued fields keep the first value, cookie is
// joined with '; ', every other field with ', '.
'use strict';

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;

  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;  // requests only
  this.statusCode = null;  // responses only
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;  // the body is being thrown away (nobody reads it)
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(value) { this.socket = value; },
  configurable: true,
});

// headers and trailers are built from the raw lines when first read.
function lazyHeaders(kObject, kCount, raw, distinct) {
  return {
    get() {
      if (!this[kObject]) {
        // headersDistinct has no prototype, headers a plain one (as in Node).
        this[kObject] = distinct ? { __proto__: null } : {};
        const src = this[raw];
        for (let i = 0; i < this[kCount]; i += 2) {
          if (distinct) addDistinct(src[i], src[i + 1], this[kObject]);
          else this._addHeaderLine(src[i], src[i + 1], this[kObject]);
        }
      }
      return this[kObject];
    },
    set(value) { this[kObject] = value; },
    configurable: true,
    enumerable: true,
  };
}
Object.defineProperty(IncomingMessage.prototype, 'headers',
                      lazyHeaders(kHeaders, kHeadersCount, 'rawHeaders', false));
Object.defineProperty(IncomingMessage.prototype, 'trailers',
                      lazyHeaders(kTrailers, kTrailersCount, 'rawTrailers', false));
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct',
                      lazyHeaders(kHeadersDistinct, kHeadersCount, 'rawHeaders', true));
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct',
                      lazyHeaders(kTrailersDistinct, kTrailersCount, 'rawTrailers', true));

function addDistinct(field, value, dest) {
  const name = field.toLowerCase();
  if (dest[name] === undefined) dest[name] = [value];
  else dest[name].push(value);
}

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// The reader wants data: let the socket flow again.
IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket.readable) readStart(this.socket);
};

// Destroyed before its end: the peer's message was cut short ('aborted'),
// and the connection cannot carry another message, so it goes too.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// Fields that carry one value: a second occurrence is dropped.
const singleValued = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const name = field.toLowerCase();
  if (name === 'set-cookie') {
    if (dest[name] !== undefined) dest[name].push(value);
    else dest[name] = [value];
  } else if (singleValued.has(name)) {
    if (dest[name] === undefined) {
      dest[name] = value;
    } else if (this.joinDuplicateHeaders) {
      dest[name] += `, ${value}`;
    }
  } else if (typeof dest[name] === 'string') {
    dest[name] += (name === 'cookie' ? '; ' : ', ') + value;
  } else if (dest[name] === undefined) {
    dest[name] = value;
  }
};

// Nobody will read this body: let it flow into nothing, so the parser can
// reach the next message on the connection.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

function onError(self, error, cb) {
  // An 'error' nobody listens for on a request is not worth a crash; the
  // socket's own error handling reports it (Node does the same).
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

module.exports = { IncomingMessage, readStart, readStop };
