// The legacy url API: url.parse (with parseQueryString and
// slashesDenoteHost), url.format of objects and strings, url.resolve and
// resolveObject, on many inputs. Quirks included: this is Node's behaviour,
// not a standard's.
'use strict';

const url = require('url');

const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://EXAMPLE.COM/A', 'http://x.com',
  'http://x.com?q', 'http://x.com#h', 'https://x.com:/p', 'http://a:xx/b', 'http://a:80x/', '//x.com/p',
  '//u@x.com/p', '///p', '/p/a?b=c', '/p/a?b=c&b=d&e', 'p/a', '?q=1', '#h', '', '   ', '  /p  ', 'p?',
  'mailto:a@b.com', 'mailto:a@b.com?subject=hi', 'MAILTO:A@B.COM', 'javascript:alert(1)',
  'javascript://x/y', 'JavaScript:x', 'file:///etc/passwd', 'file://host/p', 'file:/p', 'file:p',
  'file:', 'FILE:///X', 'ftp://f.com/x', 'gopher://g/', 'ws://w/', 'sc://h/p', 'sc:h/p', 'sc:/p',
  'xmpp:user@host', 'news:comp.lang', 'urn:isbn:1', 'http://a b/', 'http://a%20b/', 'http://a\tb/',
  'http://\u00e9.com/', 'http://caf\u00e9.FR/x', 'http://[::1]:8080/x', 'http://[::1]/', 'http://[::1]',
  'http://[fe80::1%25eth0]/', 'http://x.com/a b/c"d<e>f`g{h}i|j^k\'l', 'http://x.com/a\\b?c\\d#e\\f',
  'http:\\\\x.com\\p', 'http://x.com/?a b#c d', 'http://x.com/#a#b', 'http://x.com/?a?b',
  'http://u@v@x.com/', 'http://u:p:q@x.com/', 'http://%41@x.com/', 'http://x.com@y.com/',
  'http://x.com/@y', 'http://x.com;y/', 'http://x.com%y/', 'http://x.com^/', 'http://x.com\u3000/',
  'http://' + 'a'.repeat(260) + '/', 'http://a.' + 'b'.repeat(60) + '.com/', 'http://-x.com/',
  'http://x_y.com/', 'http://x.com./', 'http://127.0.0.1/', 'http://0x7f.1/', 'http://X.COM:8080',
  'http:/x.com/p', 'http:x.com/p', 'HTTP:x.com', 'http:', 'http://', 'http:///p', 'http:////p',
  '\u00a0http://x.com/\ufeff', 'http://x.com/\u00e9?\u00e9#\u00e9', 'a.b:c', '1a:b', 'a+b://c/d',
  'x://y', 'http://x.com?a=1&a=2&b=%zz&c=%41',
];

function show(value) {
  return JSON.stringify(value);
}

for (const input of inputs) {
  for (const [pqs, sdh] of [[false, false], [true, false], [false, true]]) {
    let line;
    try {
      const parsed = url.parse(input, pqs, sdh);
      line = `${show(parsed)} proto=${Object.getPrototypeOf(parsed) === url.Url.prototype}`;
      if (pqs) line += ` query=${show(Object.entries(parsed.query))}`;
    } catch (error) {
      line = `${error.name} ${error.code} ${error.message}`;
    }
    console.log(`parse(${show(input)}, ${pqs}, ${sdh}) ${line}`);
  }
  try {
    console.log(`format(${show(input)}) ${show(url.format(input))}`);
  } catch (error) {
    console.log(`format(${show(input)}) ${error.code}`);
  }
}

// url.format of hand-made objects.
const objects = [
  { protocol: 'http', host: 'x.com', pathname: '/a' },
  { protocol: 'http:', hostname: 'x.com', port: 8080, pathname: 'a', search: 'q=1', hash: 'h' },
  { protocol: 'https', hostname: '::1', port: '443' },
  { protocol: 'mailto', pathname: 'a@b.com' },
  { protocol: 'mailto', slashes: true, host: 'x', pathname: 'y' },
  { protocol: 'file', pathname: '/etc' },
  { protocol: 'file:', pathname: 'etc' },
  { protocol: 'sc', host: 'h', pathname: 'p' },
  { pathname: '/a?b#c', search: '?x#y' },
  { query: { a: '1', b: ['2', '3'], c: 'x y' } },
  { query: { a: 1 }, search: '?b=2' },
  { query: 'a=1' },
  { auth: 'us er:p@ss/\u00e9!$\'()*+,;=~:', host: 'x.com' },
  { host: 'x.com', hostname: 'y.com', port: 1 },
  { hash: '#', search: '?' },
  { protocol: 'http', hostname: 'x.com', pathname: '/p', hash: 'a#b', search: 'q#r' },
  {},
];
for (const object of objects) console.log(`format(${show(object)}) ${show(url.format(object))}`);
for (const bad of [undefined, null, 5, true]) {
  try {
    url.format(bad);
  } catch (error) {
    console.log(`format(${String(bad)}) ${error.code} ${error.message}`);
  }
}
try {
  url.parse(5);
} catch (error) {
  console.log(`parse(5) ${error.code} ${error.message}`);
}

// url.resolve: references against several bases.
const resolveBases = [
  'http://a/b/c/d;p?q', 'http://x.com', 'http://x.com/', 'http://u:p@x.com/a/b', 'mailto:a@b.com',
  'mailto:local1@domain1', 'file:///a/b', '/one/two/three', 'one/two', '', 'sc:x/y', '//host/a/b',
];
const references = [
  'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './',
  '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
  'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'http://h2/x', 'https:g',
  'https://h2', 'mailto:x@y', 'local2@domain2', 'file:x', 'ftp:/x', '//h2', '/', '?', '#',
  'http:', 'sc:z', 'javascript:x', 'HTTP://UP/X',
];
for (const base of resolveBases) {
  console.log(`== resolve against ${show(base)}`);
  for (const reference of references) {
    console.log(`${show(reference)} -> ${show(url.resolve(base, reference))}`);
  }
}
console.log(show(url.resolveObject('http://a/b', '../c')));
console.log(show(url.resolveObject('', 'x')));

// The Url constructor itself.
const made = new url.Url();
console.log(show(made), Object.keys(made).join());
console.log(url.parse(url.parse('http://x/')) instanceof url.Url);
