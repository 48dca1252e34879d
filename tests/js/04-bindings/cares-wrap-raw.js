// flags: --expose-internals
// stderr: ignore
// Name lookups with Node's raw cares_wrap binding, as lib/dns.js makes
// dns.lookup() and dns.lookupService() of them: a request object, a status
// returned at once, then req.oncomplete(err, ...) from the loop, where err
// is a uv error *number* (lib/dns.js makes the Error). Node runs it too
// (--expose-internals). Only facts that hold on any machine with a
// "localhost" are printed: no address lists, no host names.
const internalBinding = globalThis.internalBinding ??
  require('internal/test/binding').internalBinding;
const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;

console.log('flags', cares.AI_ADDRCONFIG, cares.AI_ALL, cares.AI_V4MAPPED);
console.log('orders', cares.DNS_ORDER_VERBATIM, cares.DNS_ORDER_IPV4_FIRST,
            cares.DNS_ORDER_IPV6_FIRST);
console.log('classes', typeof GetAddrInfoReqWrap, typeof GetNameInfoReqWrap);

const steps = [];
let inCall = false;
function lookup(label, args, show) {
  steps.push((next) => {
    const req = new (args.length === 2 ? GetNameInfoReqWrap : GetAddrInfoReqWrap)();
    req.oncomplete = function (...results) {
      console.log(label, results.length, show(...results), inCall ? 'DURING THE CALL' : '');
      next();
    };
    inCall = true;
    const status = args.length === 2 ? cares.getnameinfo(req, ...args) : cares.getaddrinfo(req, ...args);
    inCall = false;
    console.log(label, 'returned', status);
  });
}
const addresses = (err, list) =>
  `err ${err} ${Array.isArray(list) && list.every((a) => typeof a === 'string')} ` +
  `${list && list.includes('127.0.0.1')}`;

lookup('localhost v4', ['localhost', 4, 0, cares.DNS_ORDER_VERBATIM], addresses);
lookup('localhost v4 first', ['localhost', 0, cares.AI_ADDRCONFIG, cares.DNS_ORDER_IPV4_FIRST],
       (err, list) => `${addresses(err, list)} first ${list[0]}`);
lookup('localhost v6 first', ['localhost', 0, 0, cares.DNS_ORDER_IPV6_FIRST],
       (err, list) => `${addresses(err, list)} last ${list[list.length - 1]}`);
lookup('an address', ['127.0.0.1', 0, 0, cares.DNS_ORDER_VERBATIM],
       (err, list) => `err ${err} ${JSON.stringify(list)}`);
lookup('no such name', ['no-such-host.invalid', 0, 0, cares.DNS_ORDER_VERBATIM],
       (err, list) => `err < 0 ${err < 0} ${typeof err} ${list}`);
lookup('getnameinfo', ['127.0.0.1', 80],
       (err, host, service) => `err ${err} ${typeof host} ${typeof service}`);
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
