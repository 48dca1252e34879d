// `https`: http over TLS. (Node: lib/https.js.)
//
// Nothing of HTTP is redone here. The server is a tls.Server whose
// 'secureConnection' listener is http's connectionListener, so every
// decrypted connection is parsed exactly as a plain one; the client is
// http's ClientRequest with an Agent whose createConnection() is
// tls.connect(). The Agent remembers each origin's last TLS session, and a
// new connection to that origin offers it back (resumption: no certificate
// exchange, one round trip less).
'use strict';

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const {
  Server: HttpServer, _connectionListener, httpServerPreClose, setupConnectionsTracking,
  storeHTTPOptions,
} = require('_http_server');
const { isIP } = require('internal/net');

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  }
  options = { ...options };
  if (!options.ALPNProtocols) options.ALPNProtocols = ['http/1.1'];
  storeHTTPOptions.call(this, options);
  tls.Server.call(this, { noDelay: true, ...options }, _connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  // A client that fails its handshake is an http 'clientError' too.
  this.addListener('tlsClientError', function onTlsClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);
Server.prototype.closeAllConnections = HttpServer.prototype.closeAllConnections;
Server.prototype.closeIdleConnections = HttpServer.prototype.closeIdleConnections;
Server.prototype.setTimeout = HttpServer.prototype.setTimeout;
Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  return tls.Server.prototype.close.apply(this, args);
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// The options that make two TLS connections interchangeable: a pooled
// socket is reused only for a request with the same ones.
const kTlsNameOptions = ['ca', 'cert', 'ciphers', 'key', 'passphrase', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureContext'];

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  this._sessionCache = { map: new Map() };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of kTlsNameOptions) {
    name += ':';
    const value = options[key];
    if (value !== undefined && value !== null) name += typeof value === 'object' ? identity(value) : value;
  }
  return name;
};

// Objects (a CA's PEM in a Buffer, a SecureContext) are told apart by
// content for Buffers and strings, by identity otherwise.
const objectIds = new WeakMap();
let nextObjectId = 1;
function identity(value) {
  if (ArrayBuffer.isView(value)) return value.toString('base64').slice(-32);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? identity(item) : item)).join(',');
  if (!objectIds.has(value)) objectIds.set(value, nextObjectId++);
  return `#${objectIds.get(value)}`;
}

// The socket is returned at once (http writes the request into it; the
// bytes wait for the handshake), so that a handshake error reaches the
// request as any socket error does.
Agent.prototype.createConnection = function createConnection(options) {
  options = { ...options, ...this.options };
  if (!options.servername && options.servername !== '') {
    const host = options.host || 'localhost';
    options.servername = isIP(host) ? '' : host;
  }
  const key = options._agentKey || this.getName(options);
  const session = this._sessionCache.map.get(key);
  if (session) options.session = session;
  const socket = tls.connect(options);
  socket.once('secureConnect', () => this._cacheSession(key, socket));
  socket.on('session', () => this._cacheSession(key, socket));
  return socket;
};

Agent.prototype._cacheSession = function _cacheSession(key, socket) {
  const session = socket.getSession();
  if (!session || this.maxCachedSessions === 0) return;
  const map = this._sessionCache.map;
  map.delete(key);
  map.set(key, session);
  if (map.size > this.maxCachedSessions) map.delete(map.keys().next().value);
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let url;
  if (typeof args[0] === 'string' || (args[0] && typeof args[0] === 'object' && args[0].href)) {
    url = args.shift();
  }
  let options = {};
  if (args[0] && typeof args[0] === 'object') options = { ...args.shift() };
  options._defaultAgent = globalAgent;
  return url === undefined ? new ClientRequest(options, ...args) :
    new ClientRequest(url, options, ...args);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
