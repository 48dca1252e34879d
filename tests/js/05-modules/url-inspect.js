// How util.inspect and console.log show URL, URLSearchParams and their
// iterators: nesting, depth limits, long lists, subclasses, toStringTag.
'use strict';

const util = require('util');

const url = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(url);
console.log([new URL('http://a'), new URL('sc:opaque')]);
console.log({ nested: { url: new URL('file:///tmp/x') } });
console.log(util.inspect(url, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: { d: url } } } }));
console.log(util.inspect({ a: url }, { depth: 0 }));
console.log(util.inspect(url, { breakLength: Infinity }));
console.log(util.inspect(url, { compact: false }).split('\n').length);

const params = new URLSearchParams('a=1&b=2&a=3');
console.log(params);
console.log(new URLSearchParams());
console.log(new URLSearchParams({ a: 'x'.repeat(40), b: 'y'.repeat(40) }));
console.log({ params, empty: new URLSearchParams() });
console.log(util.inspect(params, { depth: -1 }));
console.log(util.inspect({ p: params }, { depth: 0 }));
console.log(new URLSearchParams([['quote\'s', 'new\nline'], ['\u00e9', '']]));

console.log(params.keys(), params.values(), params.entries());
const iterator = params.entries();
iterator.next();
console.log(iterator);
iterator.next();
iterator.next();
console.log(iterator);
console.log([new URLSearchParams({ long: 'z'.repeat(80) }).entries()]);

class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
class MyParams extends URLSearchParams {}
console.log(new MyParams('k=v'));

console.log(Object.prototype.toString.call(url), Object.prototype.toString.call(params),
            Object.prototype.toString.call(params.keys()));
console.log(String(url), `${params}`, JSON.stringify(url));
console.log(util.format('%s | %o', url, new URLSearchParams('o=1')));
