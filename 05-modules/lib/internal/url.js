// The WHATWG URL class and the conversions between file URLs and paths.
// (Node: lib/internal/url.js, over ada in C++; here JavaScript throughout.)
//
// HOW: a URL object holds a URL record (see internal/url/parser.js) in a
// private field. Getters serialise one component of it; setters re-run the
// parser on the record, starting in that component's state ("state
// override"), so `url.port = '8080abc'` keeps '8080' exactly as the URL
// Standard says. `url.searchParams` is made on first use and tied to the
// record both ways (internal/url/search_params.js).
//
// Left out: URL.createObjectURL / revokeObjectURL (there is no Blob store)
// and the hidden [Symbol(context)] that Node's inspect shows with
// showHidden (a view of ada's offsets, not part of any standard).
'use strict';

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH, ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { inspect } = require('internal/util/inspect');
const {
  S, basicParse, serializeURL, serializePath, serializeOrigin, isSpecialScheme, hasCredentials,
} = require('internal/url/parser');
const { USERINFO, percentEncode } = require('internal/url/percent');
const {
  URLSearchParams, attachToURL, replaceList, toUSVString,
} = require('internal/url/search_params');
const host = require('internal/url/host');

// A URL with no host, an empty host, or the scheme 'file' has no place for
// a username, a password or a port; their setters do nothing there.
function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// 'sc:a b ' with its query and fragment gone would end in spaces that
// the parser never keeps at the end; the Standard removes them.
function stripTrailingSpacesFromOpaquePath(url) {
  if (typeof url.path !== 'string' || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// A URL object around a record the parser already made (for URL.parse).
let URLFromRecord;

class URL {
  #url;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    let baseRecord = null;
    if (base !== undefined) {
      base = `${base}`;
      baseRecord = basicParse(base);
      if (baseRecord === null) throw new ERR_INVALID_URL(input, base);
    }
    const url = basicParse(input, baseRecord);
    if (url === null) throw new ERR_INVALID_URL(input, base);
    this.#url = url;
  }

  // Whether `new URL(input, base)` would succeed, without making one.
  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return parseOrNull(input, base) !== null;
  }

  static {
    URLFromRecord = function fromRecord(record) {
      const url = new URL('a:');
      url.#url = record;
      return url;
    };
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#url in self)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
  }

  toString() {
    URL.#check(this);
    return serializeURL(this.#url);
  }

  get href() {
    URL.#check(this);
    return serializeURL(this.#url);
  }

  set href(value) {
    URL.#check(this);
    value = `${value}`;
    const url = basicParse(value);
    if (url === null) throw new ERR_INVALID_URL(value);
    this.#url = url;
    if (this.#searchParams !== null) replaceList(this.#searchParams, url.query);
  }

  get origin() {
    URL.#check(this);
    return serializeOrigin(this.#url);
  }

  get protocol() {
    URL.#check(this);
    return `${this.#url.scheme}:`;
  }

  set protocol(value) {
    URL.#check(this);
    basicParse(`${value}:`, null, this.#url, S.SCHEME_START);
  }

  get username() {
    URL.#check(this);
    return this.#url.username;
  }

  set username(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    this.#url.username = percentEncode(toUSVString(value), USERINFO);
  }

  get password() {
    URL.#check(this);
    return this.#url.password;
  }

  set password(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    this.#url.password = percentEncode(toUSVString(value), USERINFO);
  }

  get host() {
    URL.#check(this);
    const url = this.#url;
    if (url.host === null) return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }

  set host(value) {
    URL.#check(this);
    if (typeof this.#url.path === 'string') return;
    this.#parseInto(`${value}`, S.HOST);
  }

  get hostname() {
    URL.#check(this);
    return this.#url.host ?? '';
  }

  set hostname(value) {
    URL.#check(this);
    if (typeof this.#url.path === 'string') return;
    this.#parseInto(`${value}`, S.HOSTNAME);
  }

  get port() {
    URL.#check(this);
    return this.#url.port === null ? '' : `${this.#url.port}`;
  }

  set port(value) {
    URL.#check(this);
    const url = this.#url;
    if (cannotHaveCredentialsOrPort(url)) return;
    value = `${value}`;
    if (value === '') url.port = null;
    else this.#parseInto(value, S.PORT);
  }

  get pathname() {
    URL.#check(this);
    return serializePath(this.#url);
  }

  set pathname(value) {
    URL.#check(this);
    const url = this.#url;
    if (typeof url.path === 'string') return;
    const saved = url.path;
    url.path = [];
    if (basicParse(`${value}`, null, url, S.PATH_START) === null) url.path = saved;
  }

  get search() {
    URL.#check(this);
    const { query } = this.#url;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    URL.#check(this);
    const url = this.#url;
    value = `${value}`;
    if (value === '') {
      url.query = null;
      if (this.#searchParams !== null) replaceList(this.#searchParams, '');
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    url.query = '';
    basicParse(input, null, url, S.QUERY);
    if (this.#searchParams !== null) replaceList(this.#searchParams, url.query);
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams(this.#url.query ?? '');
      attachToURL(params, (query) => {
        this.#url.query = query === '' ? null : query;
        if (query === '') stripTrailingSpacesFromOpaquePath(this.#url);
      });
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const { fragment } = this.#url;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    URL.#check(this);
    const url = this.#url;
    value = `${value}`;
    if (value === '') {
      url.fragment = null;
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    url.fragment = '';
    basicParse(value[0] === '#' ? value.slice(1) : value, null, url, S.FRAGMENT);
  }

  toJSON() {
    URL.#check(this);
    return serializeURL(this.#url);
  }

  // What a setter's parse changed before it failed stays changed, as in the
  // Standard: `url.host = 'a.com:99999'` sets the host and keeps the port.
  #parseInto(value, state) {
    basicParse(value, null, this.#url, state);
  }

  // For url.format(URL, options) and urlToHttpOptions: the record itself.
  static recordOf(url) {
    URL.#check(url);
    return url.#url;
  }

  // URL { href: ..., origin: ..., ... }: every component, as Node prints it.
  [inspect.custom](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fields = {};
    for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host',
      'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
      fields[name] = this[name];
    }
    return `${this.constructor.name} ${inspect(fields, options)}`;
  }
}

function parseOrNull(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(`${base}`);
    if (baseRecord === null) return null;
  }
  return basicParse(`${input}`, baseRecord);
}

// The record-level helpers above are not part of the class's surface.
const { recordOf } = URL;
delete URL.recordOf;

// `new URL(input, base)`, or null where the constructor would throw.
URL.parse = function parse(input, base = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  const url = parseOrNull(input, base);
  return url === null ? null : URLFromRecord(url);
};

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL, 'canParse', { enumerable: true });
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URL.prototype, inspect.custom, { enumerable: false });

function isURL(value) {
  return value instanceof URL;
}

// ---- domains ----

// Both go through the host parser of a special URL, as Node's do: '' when
// the text is no valid host.
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const parsed = host.parseHost(`${domain}`, false);
  return parsed ?? '';
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const parsed = host.parseHost(`${domain}`, false);
  if (parsed === null) return '';
  return parsed[0] === '[' ? parsed : host.domainToUnicode(parsed) ?? '';
}

// ---- file URLs and paths (POSIX) ----

// 'file:///tmp/a%20b' -> '/tmp/a b'. An encoded '/' would change what the
// path means, so it is refused; so is a host (no UNC paths on POSIX).
function fileURLToPath(path) {
  let url = path;
  if (typeof path === 'string') url = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' ||
                                                             pathname[i + 2] === 'F')) {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

// '/tmp/a b#1' -> file:///tmp/a%20b%231. The path is made absolute; the
// characters that the URL parser would read as syntax ('%', '#', '?', '\'),
// drop (tab, newline, carriage return) or keep though unsafe in a path
// ('[', ']', '^', '|', '~', ...) are escaped first; the parser escapes the
// rest (other controls, non-ASCII).
const pathUnsafe = /[\t\n\r "#%<>?[\\\]^`{|}~\x7f]/g;

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = require('path').resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 /* / */ && resolved !== '/') {
    resolved += '/';
  }
  return new URL(`file://${resolved.replace(pathUnsafe, (c) => `%${hex2(c.charCodeAt(0))}`)}`);
}

function hex2(code) {
  return (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
}

// A fs function given a file: URL takes its path.
function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

// The options object http.request() takes, from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format(URL, options): the href with parts left out on request, and
// the host in Unicode with `unicode`.
function formatURL(url, options) {
  const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
  const record = recordOf(url);
  let out = `${record.scheme}:`;
  if (record.host !== null) {
    out += '//';
    if (auth && hasCredentials(record)) {
      out += record.username;
      if (record.password !== '') out += `:${record.password}`;
      out += '@';
    }
    out += unicode && record.host[0] !== '[' && isSpecialScheme(record.scheme) ?
      host.domainToUnicode(record.host) ?? record.host : record.host;
    if (record.port !== null) out += `:${record.port}`;
  } else if (typeof record.path !== 'string' && record.path.length > 1 && record.path[0] === '') {
    out += '/.';
  }
  out += serializePath(record);
  if (search && record.query !== null) out += `?${record.query}`;
  if (fragment && record.fragment !== null) out += `#${record.fragment}`;
  return out;
}

module.exports = {
  URL, URLSearchParams, isURL, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  toPathIfFileURL, urlToHttpOptions, formatURL,
};
