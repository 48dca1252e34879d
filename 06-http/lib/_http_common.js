// The glue between the C++ parser and the JS objects of http: the parser
// pool and the four callbacks through which a parser hands over what it
// found. (Node: lib/_http_common.js.)
//
// A parser (internalBinding('http_parser').HTTPParser, this stage's C++)
// reports spans, never objects: the header lines arrive as one flat array
// [name, value, name, value, ...] at kOnHeadersComplete, or earlier in
// pieces through kOnHeaders when they spanned several socket reads. Here
// those arrays become an IncomingMessage, whose body then arrives through
// kOnBody as Buffers pushed into it, and whose end is kOnMessageComplete.
//
// One parser serves one connection for its whole life (requests follow one
// another on a keep-alive connection), then goes back to a free list so the
// next connection need not allocate one: Node's FreeList.
'use strict';

const { methods, allMethods, HTTPParser } = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const kIncomingMessage = Symbol('IncomingMessage');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// Header lines that arrived before the end of the header block (or, after
// the body, the trailers). Only the first maxHeaderPairs pairs are kept.
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    this._headers.push(...headers);
  }
  this._url += url;
}

// The start line and the header block are complete: make the message. The
// return value steers the parser: 0 parse a body, 1 skip it (the answer to a
// HEAD, a 304), 2 stop here, the rest of the bytes belong to another
// protocol (an upgrade or CONNECT).
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
                                 statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const Message = (socket && socket.server && socket.server[kIncomingMessage]) || IncomingMessage;
  const incoming = parser.incoming = new Message(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = (socket && socket.server && socket.server.joinDuplicateHeaders) ||
    parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;

  let count = headers.length;
  if (parser.maxHeaderPairs > 0) count = Math.min(count, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, count);

  if (typeof method === 'number') {
    incoming.method = allMethods[method];  // a request
  } else {
    incoming.statusCode = statusCode;  // a response
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

// A piece of body. When the reader does not keep up (push() says false) the
// socket stops reading: backpressure from the request's reader to the peer.
function parserOnBody(chunk) {
  const stream = this.incoming;
  if (stream === null || stream._dumped) return;
  if (!stream.push(chunk)) readStop(this.socket);
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    // Trailers arrive through kOnHeaders after the body.
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  readStart(parser.socket);  // the next message may begin
}

// A small pool of free objects (Node's internal/freelist).
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor();
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function closeParserInstance(parser) {
  parser.close();
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

// The connection is done with its parser: back to the pool, or closed when
// the pool is full. `remove` takes it out of the server's ConnectionsList.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// RFC 9110's token: what a method or a header name may be made of.
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(value) {
  return tokenRegExp.test(value);
}

// A header value may hold tabs, visible ASCII and obs-text, nothing else.
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return headerCharRegex.test(value);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

function isLenient() {
  return process.execArgv.includes('--insecure-http-parser');
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods: methods.slice().sort(),
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient,
  prepareError,
};
