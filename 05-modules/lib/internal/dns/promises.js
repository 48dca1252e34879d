// dns.promises: lookup, lookupService and the Resolver, answering with
// promises instead of callbacks; the same bindings underneath as lib/dns.js.
// (Node: lib/internal/dns/promises.js.)
'use strict';

const {
  GetAddrInfoReqWrap, GetNameInfoReqWrap, getaddrinfo, getnameinfo,
  DNS_ORDER_VERBATIM, DNS_ORDER_IPV4_FIRST, DNS_ORDER_IPV6_FIRST,
} = internalBinding('cares_wrap');
const { QueryReqWrap } = internalBinding('cares_resolver');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  errnoException,
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const {
  ResolverBase, addQueryMethods, bindDefaultResolver, dnsException, emitInvalidHostnameWarning,
  errorCodes, getDefaultResultOrder, isIP, isIPv4, setDefaultResultOrder, toASCII,
} = require('internal/dns/utils');
const { parseLookupOptions } = require('internal/dns/lookup_options');

function onlookup(err, addresses) {
  if (err) {
    this.reject(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  // As Node 20 writes it: a family asked for reports 4, whatever came back.
  const family = this.family || isIPv4(addresses[0]) ? 4 : 6;
  this.resolve({ address: addresses[0], family });
}

function onlookupall(err, addresses) {
  if (err) {
    this.reject(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.resolve(addresses.map((address) =>
    ({ address, family: this.family || (isIPv4(address) ? 4 : 6) })));
}

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  let settings;
  if (typeof options === 'number' || options === undefined || typeof options === 'object') {
    settings = parseLookupOptions(options);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  const { family, hints, all, order } = settings;
  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const matched = isIP(hostname);
    if (matched !== 0) {
      const result = { address: hostname, family: matched };
      resolve(all ? [result] : result);
      return;
    }
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const orderNumber = order === 'ipv4first' ? DNS_ORDER_IPV4_FIRST :
      order === 'ipv6first' ? DNS_ORDER_IPV6_FIRST : DNS_ORDER_VERBATIM;
    const err = getaddrinfo(req, toASCII(hostname), family, hints, orderNumber);
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.oncomplete = function(err, hostname, service) {
      if (err) {
        reject(dnsException(err, 'getnameinfo', address));
        return;
      }
      resolve({ hostname, service });
    };
    const err = getnameinfo(req, address, port);
    if (err) reject(errnoException(err, 'getnameinfo', address));
  });
}

// ---- The resolver ----

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(dnsException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.resolve(result);
}

function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = ttl;
      const err = this._handle[bindingName](req, toASCII(name), ttl);
      if (err) reject(dnsException(err, bindingName, name));
    });
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

const resolveMap = addQueryMethods(Resolver, resolver);
Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let query;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    query = resolveMap[rrtype];
    if (typeof query !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    query = resolveMap.A;
  }
  return query.call(this, hostname);
};

module.exports = {
  lookup, lookupService, Resolver, getDefaultResultOrder, setDefaultResultOrder,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver);
