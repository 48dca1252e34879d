// Every setter of URL, on URLs of several kinds, with values that the
// URL Standard's state overrides accept, trim or refuse: the href after
// each assignment (or the error).
'use strict';

const urls = [
  'http://user:pass@example.com:8080/a/b?q=1#frag',
  'https://example.com/',
  'file:///C:/dir/file',
  'file://host/p',
  'file:///p',
  'sc://user@host:99/p?q#f',
  'sc://host',
  'sc:/path',
  'sc:opaque path ?q#f',
  'mailto:a@b.c',
  'http://[::1]/',
  'ws://h:81/',
];

const values = {
  href: ['http://new.example/', 'sc:x', 'not a url', '', 'HTTP://A.COM', '//x', 'file:c:/x'],
  protocol: ['https', 'HTTPS:', 'ws:x', 'file', 'sc', 'sc2:', 'ftp://x', '', '1a', 'a:b:c',
    'http', 'foo bar', 'wss'],
  username: ['me', 'm e', 'a:b@c', '\u00e9', '', '%41', 'x/y\\z'],
  password: ['secret', 's e', 'a:b@c', '\u00e9', '', '%41'],
  host: ['other.com', 'other.com:99', 'OTHER.COM:80', 'h:', ':9', '', 'a b', 'a/b', 'a?b', 'a#b',
    '[::2]', '[::2]:5', '[x]', '127.1', 'h:99999', 'h:12x', 'xn--caf-dma', 'caf\u00e9', 'a\\b',
    'localhost', 'h:0'],
  hostname: ['other.com', 'other.com:99', '', 'a b', '[::3]', '0x7f.1', 'a/b', 'LOCALHOST', 'a@b',
    'a%20b'],
  port: ['81', '80', '443', '', '0', '65535', '65536', 'abc', '12abc', ' 12', '-1', '1.5', '08',
    '\t9\n'],
  pathname: ['/x/y', 'x/y', '', '/a b/%2e/../c', '\\a\\b', '/?#', 'C:/x', '/C|/x', '//double',
    '/\u00e9', '/a\tb\nc', 'sc/./..'],
  search: ['?a=b', 'a=b', '', '?', '??x', 'a b', '#x', "'q'", 'a=\u00e9&b=%zz'],
  hash: ['#x', 'x', '', '#', '##x', 'a b', '?q', '\u00e9', '#a"b`'],
};

for (const start of urls) {
  console.log(`== ${start}`);
  for (const [name, list] of Object.entries(values)) {
    for (const value of list) {
      // Node 20's parser (ada) departs from the Standard on two setter
      // cases of non-special URLs, left out here: host/hostname on a URL
      // without a host ('sc:/path': ada drops the port, and keeps no empty
      // host), and host = ':9' (the Standard refuses an empty host before
      // a port; ada sets it).
      if (start === 'sc:/path' && (name === 'host' || name === 'hostname')) continue;
      if (start.startsWith('sc:') && name === 'host' && value === ':9') continue;
      const url = new URL(start);
      let result;
      try {
        url[name] = value;
        result = `${url.href} (${JSON.stringify(url[name])})`;
      } catch (error) {
        result = `${error.code}: ${error.message}`;
      }
      console.log(`${name} = ${JSON.stringify(value)} -> ${result}`);
    }
  }
}

// Values are converted to strings first.
const url = new URL('http://h/');
url.port = 8080;
url.search = { toString() { return 'from=object'; } };
url.hash = null;
url.pathname = 42;
console.log(url.href);
