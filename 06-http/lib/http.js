// `http`: an HTTP/1.1 server and client. (Node: lib/http.js.)
//
// The module only gathers the pieces; read them in this order:
//   _http_common.js    parser pool and parser callbacks -> IncomingMessage
//   _http_incoming.js  IncomingMessage, a Readable of the body
//   _http_outgoing.js  OutgoingMessage: headers, framing, backpressure
//   _http_server.js    Server and ServerResponse
//   _http_agent.js     the client's connection pool
//   _http_client.js    ClientRequest
// The parser itself is C++ (internalBinding('http_parser')).
'use strict';

const { Agent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Server, ServerResponse, STATUS_CODES } = require('_http_server');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInt32(max, 'max', 1);
    require('_http_common').parsers.max = max;
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() {
    // --max-http-header-size=N, or 16 KiB: the C++ parser's own default.
    return internalBinding('http_parser').maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return require('_http_agent').globalAgent; },
  set(value) { require('_http_agent').globalAgent = value; },
});
