// dns.Resolver: the resolve*() queries with callbacks, over a c-ares
// channel (internal/dns/utils.js). (Node: lib/internal/dns/callback_resolver.js.)
//
//   resolver.resolveMx('example.org', (err, records) => ...)
//     -> channel.queryMx(req, name): c-ares sends the question from the loop
//     -> req.oncomplete(err, result, ttls) on a later turn of the loop
'use strict';

const { QueryReqWrap } = internalBinding('cares_resolver');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { ResolverBase, addQueryMethods, dnsException, toASCII } = require('internal/dns/utils');

function onresolve(err, result, ttls) {
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  if (err) {
    this.callback(dnsException(err, this.bindingName, this.hostname));
  } else {
    this.callback(null, result);
  }
}

// One query method: resolveX(name[, options], callback).
function resolver(bindingName) {
  function query(name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const err = this._handle[bindingName](req, toASCII(name), req.ttl);
    if (err) throw dnsException(err, bindingName, name);
    return req;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

const resolveMap = addQueryMethods(Resolver, resolver);

// resolve(name[, rrtype], callback): rrtype 'A' unless named.
Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let query;
  if (typeof rrtype === 'string') {
    query = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    query = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof query === 'function') return query.call(this, hostname, callback);
  throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
};

module.exports = { Resolver };
