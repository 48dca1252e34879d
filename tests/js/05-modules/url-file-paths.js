// fileURLToPath / pathToFileURL (POSIX), urlToHttpOptions,
// url.format(URL, options), domainToASCII / domainToUnicode, and the
// URL statics and errors. Paths are made relative to a fixed directory so
// the output is the same in every checkout.
'use strict';

const url = require('url');
process.chdir('/');

const paths = [
  '/a b/c', '/tmp/x/', '/tmp/x', 'rel/x', 'rel/', '', '.', '..', '/', '//double', '/a/../b/./c',
  '/%', '/%25', '/\\', '/a\nb\rc\td', '/#', '/?', '/a#b?c', '/\u00e9/\u65e5\u672c', '/\ud83d\ude00',
  "/!$&'()*+,;=:@", '/"<>`{}|^[]', '/~_-.', '/a%2Fb', '/\u0001\u007f',
];
for (const path of paths) {
  const href = url.pathToFileURL(path).href;
  console.log(`${JSON.stringify(path)} -> ${href} -> ${JSON.stringify(url.fileURLToPath(href))}`);
}

const urls = [
  'file:///a%20b/c', 'file:///a%2fb', 'file:///a%2Fb', 'file://host/a', 'file://localhost/a',
  'http://x/a', 'file:///%E6%97%A5', 'file:///a/b/', 'file:///C:/x', 'file:///%FF', 'file:',
  'file:///a?q#h', 'file:///%252F', 'not a url',
];
for (const input of urls) {
  for (const value of [input, URL.canParse(input) ? new URL(input) : null]) {
    if (value === null) continue;
    try {
      console.log(`${typeof value} ${input} -> ${JSON.stringify(url.fileURLToPath(value))}`);
    } catch (error) {
      console.log(`${typeof value} ${input} -> ${error.name} ${error.code} ${error.message}`);
    }
  }
}
for (const bad of [5, null, {}, { href: 'file:///x' }]) {
  try {
    url.fileURLToPath(bad);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
try {
  url.pathToFileURL(5);
} catch (error) {
  console.log(error.code, error.message);
}

for (const input of ['https://u:p@[::1]:8/a?b#c', 'http://a.com', 'http://%C3%A9:%20@x.com:80/',
  'sc://h:9/p', 'file:///x']) {
  console.log(JSON.stringify(url.urlToHttpOptions(new URL(input))));
}
const extended = new URL('http://x.com/');
extended.custom = 'kept';
console.log(JSON.stringify(url.urlToHttpOptions(extended)));

const formatted = new URL('http://u:p@\u00fc.com:81/a?b#c');
for (const options of [undefined, {}, { unicode: true }, { auth: false }, { search: false },
  { fragment: false }, { auth: 0, search: '', fragment: null, unicode: 1 }]) {
  console.log(JSON.stringify(options), url.format(formatted, options));
}
console.log(url.format(new URL('sc://u@\u00fc.com/x'), { unicode: true }));
console.log(url.format(new URL('http://[::1]/'), { unicode: true }));
try {
  url.format(formatted, 'nope');
} catch (error) {
  console.log(error.code, error.message);
}

for (const domain of ['espa\u00f1ol.com', 'xn--espaol-zwa.com', 'EXAMPLE.com', 'xn--i\u00f1valid.com',
  '1.2', '0x7f.1', 'a b', '', '[::1]', '\u65e5\u672c.jp', 'xn--zz', 'a..b', 'ex%41mple.com',
  '\u00c5.com', 'xn--wgv71a119e.jp']) {
  console.log(JSON.stringify(domain), JSON.stringify(url.domainToASCII(domain)),
              JSON.stringify(url.domainToUnicode(domain)));
}
for (const call of [() => url.domainToASCII(), () => url.domainToUnicode()]) {
  try {
    call();
  } catch (error) {
    console.log(error.code, error.message);
  }
}

// Statics and errors of the constructor.
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y/'),
            URL.canParse('x', 'bad'));
console.log(URL.parse('x', 'http://y/z').href, URL.parse('x'), URL.parse('http://q') instanceof URL);
for (const call of [() => new URL(), () => URL.canParse(), () => URL.parse(),
  () => new URL('foo'), () => new URL('foo', 'bad'), () => new URL('http://[x]', undefined),
  () => new URL({ toString() { return 'nope'; } }), () => { new URL('http://x/').href = 'bad'; }]) {
  try {
    call();
  } catch (error) {
    console.log(error.name, error.code, error.message, JSON.stringify(Object.keys(error)),
                JSON.stringify(error.input), JSON.stringify(error.base));
  }
}
console.log(new URL({ toString() { return 'http://from.object/'; } }).href);
console.log(new URL('rel', new URL('http://base/dir/')).href);
console.log(JSON.stringify({ url: new URL('http://j/') }), String(new URL('http://s/')));
console.log(Object.keys(url).join());
