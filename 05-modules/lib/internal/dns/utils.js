// What both faces of `dns` share (callbacks in lib/dns.js, promises in
// internal/dns/promises.js): IP address tests, the error a failed lookup
// or query becomes, the default result order, and ResolverBase, a c-ares
// channel with its servers. (Node: lib/internal/dns/utils.js.)
//
// Two mechanisms stand behind `dns`, and its errors show which one failed:
//   lookup()    getaddrinfo() on the thread pool (stage 04's cares_wrap);
//               errors are uv numbers: "getaddrinfo ENOTFOUND x.invalid"
//   resolve*()  c-ares on the loop (this stage's cares_resolver); errors are
//               c-ares codes, with no errno: "queryA ENOTFOUND x.invalid"
'use strict';

const { ChannelWrap, strerror } = internalBinding('cares_resolver');
const {
  codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS },
} = require('internal/errors');
const {
  validateArray, validateInt32, validateOneOf, validateString,
} = require('internal/validators');

// ---- IP addresses ----

const kIPv4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const kIPv4 = new RegExp(`^${kIPv4Part}(?:\\.${kIPv4Part}){3}$`);
const kHexGroup = /^[0-9a-fA-F]{1,4}$/;

function isIPv4(text) {
  return typeof text === 'string' && kIPv4.test(text);
}

// Eight hexadecimal groups, '::' standing for a run of zero groups once, the
// last two groups possibly written as IPv4, and an optional '%zone'.
function isIPv6(text) {
  if (typeof text !== 'string' || text.length > 100) return false;
  const percent = text.indexOf('%');
  if (percent !== -1) {
    if (percent === text.length - 1) return false;
    text = text.slice(0, percent);
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half) => (half === '' ? [] : half.split(':'));
  const parts = halves.flatMap(groups);
  let count = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i === parts.length - 1 && part.includes('.')) {
      if (!isIPv4(part)) return false;
      count += 2;
    } else if (kHexGroup.test(part)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isIP(text) {
  if (isIPv4(text)) return 4;
  if (isIPv6(text)) return 6;
  return 0;
}

// A name for the wire: non-ASCII labels in punycode (IDNA's "xn--").
function toASCII(name) {
  if (!/[^\x00-\x7f]/.test(name)) return name;
  const { encode } = require('internal/url/punycode');
  return name.split('.').map((label) =>
    (/[^\x00-\x7f]/.test(label) ? `xn--${encode(label.toLowerCase())}` : label)).join('.');
}

// ---- Errors ----

// `code` is a uv error number (a lookup) or a c-ares code string (a query).
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    const uv = internalBinding('uv');
    code = code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME ? 'ENOTFOUND' :
      uv.errname(code);
  }
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
}

// An empty hostname is looked up as "nothing", with a one-time warning.
let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is ` +
                      'supported in the dns module solely for compatibility.',
                      'DeprecationWarning', 'DEP0118');
}

// ---- The default result order ----

let defaultResultOrder = 'verbatim';
const kOrders = ['verbatim', 'ipv4first', 'ipv6first'];

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', kOrders);
  defaultResultOrder = order;
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

// ---- Resolvers ----

const kDnsPort = 53;
const kBracketedIPv6 = /^\[([^[\]]*)\]/;
const kAddressAndPort = /(^.+?)(?::(\d+))?$/;

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

// A c-ares channel: its own servers, timeout and tries. The callback and
// promise Resolver classes add the queries.
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    this._handle = new ChannelWrap(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  // '8.8.8.8', '127.0.0.1:5353', '[::1]:5353': the port only if not 53.
  getServers() {
    return (this._handle.getServers() || []).map(([ip, port]) => {
      if (!port || port === kDnsPort) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const previous = this._handle.getServers() || [];
    const parsed = servers.map((server, index) => {
      validateString(server, `servers[${index}]`);
      const family = isIP(server);
      if (family !== 0) return [family, server, kDnsPort];
      const bracketed = kBracketedIPv6.exec(server);
      if (bracketed && isIP(bracketed[1]) !== 0) {
        const port = Number.parseInt(server.replace(kAddressAndPort, '$2')) || kDnsPort;
        return [isIP(bracketed[1]), bracketed[1], port];
      }
      const split = kAddressAndPort.exec(server);
      if (split && isIP(split[1]) !== 0) {
        return [isIP(split[1]), split[1], Number.parseInt(split[2] || kDnsPort)];
      }
      throw new ERR_INVALID_IP_ADDRESS(server);
    });
    // A server listed twice is asked once (newer c-ares, as Node bundles it).
    const seen = new Set();
    const unique = parsed.filter(([, ip, port]) => {
      const key = `${ip} ${port}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const status = this._handle.setServers(unique);
    if (status !== 0) {
      this._handle.setServers(previous.map(([ip, port]) => [isIP(ip), ip, port]));
      throw new ERR_DNS_SET_SERVERS_FAILED(strerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4, 'is not supported by this resolver');
  }
}

// The resolver behind dns.resolve*() and dns.promises.resolve*(): one
// channel, made the first time a query needs it.
let defaultResolver;
function getDefaultResolver() {
  if (defaultResolver === undefined) defaultResolver = new ResolverBase();
  return defaultResolver;
}

// The c-ares status codes, as dns.NOTFOUND === 'ENOTFOUND' and so on.
const kErrorCodes = [
  'NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION',
  'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
  'ADDRGETNETWORKPARAMS', 'CANCELLED',
];
const errorCodes = {};
for (const name of kErrorCodes) errorCodes[name] = `E${name}`;

// The record types resolve(name, rrtype) knows, and their binding methods.
const kQueries = {
  ANY: ['resolveAny', 'queryAny'],
  A: ['resolve4', 'queryA'],
  AAAA: ['resolve6', 'queryAaaa'],
  CAA: ['resolveCaa', 'queryCaa'],
  CNAME: ['resolveCname', 'queryCname'],
  MX: ['resolveMx', 'queryMx'],
  NS: ['resolveNs', 'queryNs'],
  TXT: ['resolveTxt', 'queryTxt'],
  SRV: ['resolveSrv', 'querySrv'],
  PTR: ['resolvePtr', 'queryPtr'],
  NAPTR: ['resolveNaptr', 'queryNaptr'],
  SOA: ['resolveSoa', 'querySoa'],
};

// Gives ResolverClass one method per record type (resolve4, resolveMx, ...)
// and reverse(), each made by makeQuery(bindingName), the callback or the
// promise form; returns the methods by record type, for resolve(name, rrtype).
function addQueryMethods(ResolverClass, makeQuery) {
  const byType = { __proto__: null };
  for (const [type, [method, bindingName]] of Object.entries(kQueries)) {
    ResolverClass.prototype[method] = byType[type] = makeQuery(bindingName);
  }
  ResolverClass.prototype.reverse = makeQuery('getHostByAddr');
  return byType;
}

// Makes `target`'s resolve*() and get/setServers() the methods of
// `ResolverClass` (callbacks or promises) bound to the default resolver, so
// dns.setServers() also moves dns.promises.resolve4() (Node's
// bindDefaultResolver; dns.resolve4.name is 'bound queryA' there too).
function bindDefaultResolver(target, ResolverClass) {
  const methods = ['getServers', 'resolve', 'reverse', 'setServers',
                   ...Object.values(kQueries).map(([method]) => method)].sort();
  const resolver = getDefaultResolver();
  for (const method of methods) target[method] = ResolverClass.prototype[method].bind(resolver);
}

module.exports = {
  ResolverBase, addQueryMethods, bindDefaultResolver, dnsException, emitInvalidHostnameWarning,
  errorCodes, getDefaultResolver, getDefaultResultOrder, isIP, isIPv4, isIPv6,
  setDefaultResultOrder, toASCII,
};
