// Node's legacy URL API: url.parse(), url.format(), url.resolve() and the
// Url objects they use. (Node: lib/url.js.)
//
// This API is older than the WHATWG URL Standard and is not a parser of any
// standard: it splits a string with a handful of scans (protocol, '//',
// auth up to the last '@', host up to the first character that cannot be
// in one, then path, '?query' and '#hash'), repairs a little (lower-case
// host, Punycode, some characters escaped) and never fails on odd input,
// except on hosts that could be used to spoof another. Programs depend on
// its quirks, so they are kept: this module is judged by giving the same
// objects as Node, not by any RFC. New code should use URL.
'use strict';

const querystring = require('querystring');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } = require('internal/errors').codes;
const { mapDomainToASCII } = require('internal/url/host');

// Schemes that never have a host ('javascript:alert(1)'), and those that
// always have one and so always get '//'.
const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Characters the path, query and hash of a parsed URL get escaped.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRegExp = /[\t\n\r "'<>\\^`{|}]/g;
// Characters that end a host ('#', '/', '?'), or cannot be in one and so
// end it too, though what follows is still read for an '@'.
const hostEnders = new Set(['#', '/', '?']);
const notInHost = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`',
  '{', '|', '}']);
const forbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIPv6Host = /[\0\t\n\r #%/<>?@\\^|]/;
const simplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const protocolPattern = /^[a-z0-9.+-]+:/i;
const authThenHost = /^\/\/[^@/]+@[^@/]+/;
const portPattern = /:[0-9]*$/;
const MAX_HOSTNAME_LENGTH = 255;
let warnedInvalidPort = false;  // DEP0170 is printed once

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function isWhitespace(code) {
  return code < 33 || code === 0xA0 || code === 0xFEFF;
}

function isIPv6Hostname(hostname) {
  return hostname[0] === '[' && hostname[hostname.length - 1] === ']';
}

// Trims whitespace at both ends and turns '\' into '/' before the first
// '?' or '#' (as browsers do). Also reports whether '#' and '@' occur.
function preprocess(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = url[i];
    if (c === '\t' || c === '\n' || c === '\r') {  // dropped wherever they are
      rest += url.slice(from, i);
      from = i + 1;
      continue;
    }
    if (split) {
      if (c === '#') hasHash = true;
      continue;
    }
    if (c === '@') hasAt = true;
    else if (c === '#') hasHash = split = true;
    else if (c === '?') split = true;
    else if (c === '\\') {
      rest += `${url.slice(from, i)}/`;
      from = i + 1;
    }
  }
  rest += url.slice(from, end);
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let { rest, hasHash, hasAt } = preprocess(url);

  // A plain path with perhaps a query ('/a/b?c'): nothing else to find.
  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const match = simplePath.exec(rest);
    if (match !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = match[1];
      if (match[2]) {
        this.search = match[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) :
          this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//' starts a host after a protocol, with slashesDenoteHost, or when
  // the text looks like '//user@host'.
  let slashes = false;
  if (slashesDenoteHost || proto || authThenHost.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (Node compares the protocol as written, not lower-cased, here.)
  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = this.parseAuthorityFrom(rest, url);
  }

  if (!(lowerProto === 'javascript:')) {
    rest = rest.replace(autoEscapeRegExp, (c) => autoEscape[c]);
  }

  // Then '#hash' (from the first '#'), '?search' (from the first '?'
  // before it) and the pathname before both.
  const hashIndex = rest.indexOf('#');
  const head = hashIndex < 0 ? rest : rest.slice(0, hashIndex);
  if (hashIndex >= 0) this.hash = rest.slice(hashIndex);
  const questionIndex = head.indexOf('?');
  if (questionIndex >= 0) {
    this.search = head.slice(questionIndex);
    this.query = head.slice(questionIndex + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = questionIndex >= 0 ? questionIndex : hashIndex;
  if (pathEnd < 0) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads 'auth@host:port' off the front of `rest`; returns what follows.
Url.prototype.parseAuthorityFrom = function parseAuthorityFrom(rest, url) {
  // The host ends at the first '#', '/' or '?'; the auth at the last '@'
  // before that. A character that cannot be in a host ends it early,
  // unless an '@' comes later (then it was part of the auth).
  let hostEnd = -1;
  let atSign = -1;
  let notHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (hostEnders.has(c)) {
      if (notHost === -1) notHost = i;
      hostEnd = i;
      break;
    }
    if (notInHost.has(c)) {
      if (notHost === -1) notHost = i;
    } else if (c === '@') {
      atSign = i;
      notHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (notHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, notHost);
    rest = rest.slice(notHost);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  const ipv6 = isIPv6Hostname(this.hostname);
  if (!ipv6) {
    // What follows a '/', '\', '#', '?' or ':' left in the hostname is
    // path; a ':' there was a port that is not a number.
    const hostname = this.hostname;
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname[i];
      if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
        if (c === ':' && !warnedInvalidPort) {
          warnedInvalidPort = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will ` +
                              'throw an error.', 'DeprecationWarning', 'DEP0170');
        }
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  this.hostname = this.hostname.length > MAX_HOSTNAME_LENGTH ? '' : this.hostname.toLowerCase();
  if (this.hostname !== '') {
    if (ipv6) {
      if (forbiddenIPv6Host.test(this.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      if (/[^\0-\x7f]/.test(this.hostname)) this.hostname = mapDomainToASCII(this.hostname) ?? '';
      if (forbiddenHost.test(this.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  this.host = this.hostname + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

// 'host:8080' -> hostname 'host', port '8080'. A ':' without digits after
// it is dropped; one followed by other text stays in the hostname.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters kept as they are in the auth part of a formatted URL.
const authKeeps = /[A-Za-z0-9!'()*\-.:_~]/;

function encodeAuth(auth) {
  let out = '';
  for (const ch of auth) {
    out += authKeeps.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (hostname.includes(':') && !isIPv6Hostname(hostname) ? `[${hostname}]` :
      hostname);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only the slashed protocols get '//' (not 'mailto:'), unless the URL
  // had them to begin with.
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// The reference `relative` resolved against this URL, as a new Url.
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;  // the hash always comes from the reference
  const finish = () => {
    result.href = result.format();
    return result;
  };
  if (relative.href === '') return finish();

  // '//host/path': everything but the protocol comes from the reference.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish();
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative, finish);
  }

  const sourceIsAbsolute = result.pathname && result.pathname[0] === '/';
  const referenceIsAbsolute = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbsolute = referenceIsAbsolute || sourceIsAbsolute ||
    (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let sourcePath = (result.pathname && result.pathname.split('/')) || [];
  const referencePath = (relative.pathname && relative.pathname.split('/')) || [];
  const hostInPath = result.protocol && !slashed.has(result.protocol);

  // A URL without '//' ('mailto:a@b') keeps its "host" as the first
  // segment of the path while the dots are worked out, so '..' can climb
  // up to it; it is put back afterwards.
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (sourcePath[0] === '') sourcePath[0] = result.host;
      else sourcePath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (referencePath[0] === '') referencePath[0] = relative.host;
        else referencePath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (referencePath[0] === '' || sourcePath[0] === '');
  }

  if (referenceIsAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    sourcePath = referencePath;
  } else if (referencePath.length > 0) {
    // A relative path replaces the last segment of the source's.
    sourcePath.pop();
    sourcePath = sourcePath.concat(referencePath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ('?x'): the source's path stays.
    if (hostInPath) {
      result.hostname = result.host = sourcePath.shift();
      takeAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    return finish();
  }

  if (sourcePath.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish();
  }

  // A path that ends in '.', '..' or '' ends with '/' once resolved.
  let last = sourcePath[sourcePath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || sourcePath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.', and '..' with the segment before it, from the end; count
  // the '..' that climb above the start.
  let up = 0;
  for (let i = sourcePath.length - 1; i >= 0; i--) {
    last = sourcePath[i];
    if (last === '.') {
      sourcePath.splice(i, 1);
    } else if (last === '..') {
      sourcePath.splice(i, 1);
      up++;
    } else if (up) {
      sourcePath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) sourcePath.unshift('..');
  }
  if (mustEndAbsolute && sourcePath[0] !== '' && (!sourcePath[0] || sourcePath[0][0] !== '/')) {
    sourcePath.unshift('');
  }
  if (hasTrailingSlash && sourcePath.join('/').slice(-1) !== '/') sourcePath.push('');

  const isAbsolute = sourcePath[0] === '' || (sourcePath[0] && sourcePath[0][0] === '/');
  if (hostInPath) {
    result.hostname = result.host = isAbsolute ? '' : sourcePath.length ? sourcePath.shift() : '';
    takeAuthFromHost(result);
  }
  mustEndAbsolute = mustEndAbsolute || (result.host && sourcePath.length);
  if (mustEndAbsolute && !isAbsolute) sourcePath.unshift('');

  if (sourcePath.length > 0) {
    result.pathname = sourcePath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish();
};

// 'mailto:local@domain' resolved keeps 'local@domain' in host; split it.
function takeAuthFromHost(result) {
  if (!result.host || result.host.indexOf('@') <= 0) return;
  const parts = result.host.split('@');
  result.auth = parts.shift();
  result.host = result.hostname = parts.shift();
}

// A reference with another protocol: a protocol that is not a slashed one
// is simply the reference; a slashed one must have a host, taken from the
// first non-empty segment of the path if the reference had none.
function resolveOtherProtocol(result, relative, finish) {
  if (!slashed.has(relative.protocol)) {
    Object.assign(result, relative);
    return finish();
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) &&
      !hostless.has(relative.protocol)) {
    const segments = (relative.pathname || '').split('/');
    while (segments.length && !(relative.host = segments.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.slashes = result.slashes || relative.slashes;
  return finish();
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

// url.format(): a string is parsed first; a URL has its own formatter
// (internal/url.js), given the options; anything else is read as a Url.
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else {
    const { isURL, formatURL } = require('internal/url');
    if (isURL(urlObject)) {
      if (options !== undefined && options !== null &&
          (typeof options !== 'object' || Array.isArray(options))) {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      const flags = {};
      for (const name of ['auth', 'fragment', 'search', 'unicode']) {
        if (options?.[name] !== undefined && options[name] !== null) {
          flags[name] = Boolean(options[name]);
        }
      }
      return formatURL(urlObject, flags);
    }
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url, parse: urlParse, format: urlFormat, resolve: urlResolve, resolveObject: urlResolveObject,
};
