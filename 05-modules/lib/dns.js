// `dns`: names to addresses and back, in JavaScript over two bindings.
// (Node: lib/dns.js.)
//
//   lookup(), lookupService()   getaddrinfo()/getnameinfo() on the thread
//                               pool (stage 04's cares_wrap): what every
//                               program on the machine sees (/etc/hosts, ...)
//   resolve*(), reverse(),      DNS queries with c-ares, on the loop
//   Resolver                    (this stage's cares_resolver binding)
//
// The chapter (05-modules/README.md, "dns and dgram") tells why these are
// two mechanisms. Stage 03's C++ dns module stays stage 03's lesson.
'use strict';

const {
  AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED, GetAddrInfoReqWrap, GetNameInfoReqWrap, getaddrinfo,
  getnameinfo, DNS_ORDER_VERBATIM, DNS_ORDER_IPV4_FIRST, DNS_ORDER_IPV6_FIRST,
} = internalBinding('cares_wrap');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  errnoException,
} = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const {
  bindDefaultResolver, dnsException, emitInvalidHostnameWarning, errorCodes,
  getDefaultResultOrder, isIP, isIPv4, setDefaultResultOrder, toASCII,
} = require('internal/dns/utils');
const { parseLookupOptions } = require('internal/dns/lookup_options');
const { Resolver } = require('internal/dns/callback_resolver');

function onlookup(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  // As Node 20 writes it: a family asked for reports 4, whatever came back.
  this.callback(null, addresses[0], this.family || isIPv4(addresses[0]) ? 4 : 6);
}

function onlookupall(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  const family = this.family;
  this.callback(null, addresses.map((address) =>
    ({ address, family: family || (isIPv4(address) ? 4 : 6) })));
}

// lookup(hostname[, family | options], callback)
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let settings;
  if (typeof options === 'function') {
    callback = options;
    settings = parseLookupOptions(undefined);
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    settings = parseLookupOptions(options);
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    settings = parseLookupOptions(options);
  }
  const { family, hints, all, order } = settings;

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) {
      process.nextTick(callback, null, []);
    } else {
      process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    }
    return {};
  }
  // An address needs no lookup: it is answered on the next tick.
  const matched = isIP(hostname);
  if (matched) {
    if (all) {
      process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    } else {
      process.nextTick(callback, null, hostname, matched);
    }
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const orderNumber = order === 'ipv4first' ? DNS_ORDER_IPV4_FIRST :
    order === 'ipv6first' ? DNS_ORDER_IPV6_FIRST : DNS_ORDER_VERBATIM;
  const err = getaddrinfo(req, toASCII(hostname), family, hints, orderNumber);
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

function onlookupservice(err, hostname, service) {
  if (err) return this.callback(dnsException(err, 'getnameinfo', this.hostname));
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback): the name and the service.
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = getnameinfo(req, address, port);
  if (err) throw errnoException(err, 'getnameinfo', address);
  return req;
}

let promises = null;

// The keys in Node's order (Object.keys(require('dns')) shows it).
module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: undefined,
  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver);

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('internal/dns/promises');
    return promises;
  },
});
