// querystring: parse with repeated keys, '+', bad %-sequences, other
// separators, maxKeys and a custom decoder; stringify of every kind of
// value, arrays and a custom encoder; escape and unescape.
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=&=e&f=%20x+y&g=%zz&h=%E2%82%AC'));
console.log(qs.parse('a:1;b:2', ';', ':'));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: '€', d: true, e: null, f: undefined, g: {}, h: 3n, 'k ey': 'v&=' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.escape('a b&c/ü'), qs.unescape('a%20b%zz+c'));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
console.log(qs.parse(''), qs.stringify(null), qs.stringify('str'));
console.log(qs.parse('a=%F0%9F%98%80&b=%C3'), Object.getPrototypeOf(qs.parse('a=1')));
console.log(qs.parse('__proto__=1&constructor=2'));
console.log(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.parse('a=b%20c', null, null, { decodeURIComponent: (s) => s.toUpperCase() }));
