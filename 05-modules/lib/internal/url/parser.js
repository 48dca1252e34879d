// The URL Standard's basic URL parser: a string (and perhaps a base URL)
// in, a URL record out, or null for failure. (Node: ada, in C++; the
// WHATWG URL Standard, section 4.4.)
//
// HOW: a state machine that reads the input one character at a time. Each
// state knows which part of the URL it is in (scheme, authority, host,
// port, path, query, fragment) and, from the character in hand, decides
// what to keep and which state comes next; several states step back one
// character so that the next state sees it again. A grammar would not do:
// what a character means depends on what came before ('/' after 'http:'
// starts an authority, after 'mailto:' it is plain path; '\' is '/' only in
// special schemes; 'C:' at the start of a file path is a drive letter).
//
// The same machine serves the setters (url.host = ..., url.port = ...): they
// start it in the state of their component with a "state override", and
// the states then stop at the end of that component instead of going on.
//
// A record: { scheme, username, password, host, port, path, query, fragment }
// where host is null or already serialised, port null or a number, path an
// array of segments or a string (an "opaque path", as in 'mailto:x@y').
'use strict';

const { parseHost } = require('internal/url/host');
const {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, percentEncode,
} = require('internal/url/percent');

// The special schemes and their default ports ('file' has none).
const SPECIAL = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };

function isSpecialScheme(scheme) {
  switch (scheme) {
    case 'http': case 'https': case 'file': case 'ws': case 'wss': case 'ftp': return true;
    default: return false;
  }
}
function defaultPort(scheme) { return SPECIAL[scheme] ?? null; }

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4,
  PATH_OR_AUTHORITY: 5, RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8,
  SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13,
  FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
  QUERY: 20, FRAGMENT: 21,
};

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = [];
    this.query = null;
    this.fragment = null;
  }
}

function isAlpha(c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
function isDigit(c) { return c >= '0' && c <= '9'; }

// 'C:' or 'C|'; "normalized" only with ':'.
function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

function startsWithWindowsDriveLetter(input, pointer) {
  if (input.length - pointer < 2 || !isWindowsDriveLetter(input.slice(pointer, pointer + 2))) {
    return false;
  }
  if (input.length - pointer === 2) return true;
  const third = input[pointer + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function isSingleDot(s) { return s === '.' || s.toLowerCase() === '%2e'; }
function isDoubleDot(s) {
  switch (s.length === 2 || s.length === 4 || s.length === 6 ? s.toLowerCase() : '') {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

// Removes the last segment, but never a file URL's drive letter.
function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function hasCredentials(url) { return url.username !== '' || url.password !== ''; }

// A URL is made of Unicode scalar values: a lone surrogate becomes U+FFFD.
function toScalarValues(s) {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
                   '\ufffd');
}

// Parses `input` against `base` (a record or null). With `url` and
// `stateOverride` it changes `url` in place, for a setter; the result is
// then only success (the record) or failure (null).
function basicParse(input, base = null, url = null, stateOverride = 0) {
  input = toScalarValues(input);
  if (url === null) {
    url = new URLRecord();
    // Leading and trailing C0 controls and spaces go.
    if (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20) {
      input = input.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
    }
  }
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');

  let state = stateOverride || S.SCHEME_START;
  let buffer = '';
  let insideBrackets = false;
  const EOF = undefined;
  const len = input.length;

  let special = isSpecialScheme(url.scheme);  // updated wherever the scheme changes
  for (let pointer = 0; pointer <= len; pointer++) {
    const c = input[pointer];  // undefined at the end (EOF)
    switch (state) {
      case S.SCHEME_START:
        if (c !== EOF && isAlpha(c)) {
          buffer += c.toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          pointer--;
        } else {
          return null;
        }
        break;

      case S.SCHEME:
        if (c !== EOF && (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.')) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            // A setter may not move a URL between special and not special,
            // nor make a URL with credentials, a port or no host 'file'.
            if (special !== isSpecialScheme(buffer)) return url;
            if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (input[pointer + 1] === '/') {
            state = S.PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          // Not a scheme after all ('a/b' relative to a base): start again.
          buffer = '';
          state = S.NO_SCHEME;
          pointer = -1;
        } else {
          return null;
        }
        break;

      case S.NO_SCHEME:
        if (base === null || (typeof base.path === 'string' && c !== '#')) return null;
        if (typeof base.path === 'string') {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else {
          state = base.scheme === 'file' ? S.FILE : S.RELATIVE;
          pointer--;
        }
        break;

      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && input[pointer + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = S.RELATIVE;
          pointer--;
        }
        break;

      case S.PATH_OR_AUTHORITY:
        if (c === '/') {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          pointer--;
        }
        break;

      case S.RELATIVE:
        url.scheme = base.scheme;  // the base's scheme decides what '\\' is
        special = isSpecialScheme(url.scheme);
        if (c === '/' || (special && c === '\\')) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            pointer--;
          }
        }
        break;

      case S.RELATIVE_SLASH:
        if (special && (c === '/' || c === '\\')) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          pointer--;
        }
        break;

      case S.SPECIAL_AUTHORITY_SLASHES:
        state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === '/' && input[pointer + 1] === '/') pointer++;
        else pointer--;
        break;

      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S.AUTHORITY;
          pointer--;
        }
        break;

      case S.AUTHORITY: {
        // The authority runs to the first '/', '?', '#' (or '\' if special).
        // Everything before its last '@' is userinfo: a username, and from
        // the first ':' a password ('@' and ':' inside are escaped).
        let end = pointer;
        while (end < len && !isAuthorityEnd(input[end], special)) end++;
        const at = input.lastIndexOf('@', end - 1);
        if (at >= pointer) {
          const userinfo = input.slice(pointer, at);
          const colon = userinfo.indexOf(':');
          url.username += percentEncode(colon < 0 ? userinfo : userinfo.slice(0, colon), USERINFO);
          if (colon >= 0) url.password += percentEncode(userinfo.slice(colon + 1), USERINFO);
          if (at === end - 1) return null;  // 'http://user@/': no host
          pointer = at;
        } else {
          pointer--;
        }
        state = S.HOST;
        break;
      }

      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = S.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === S.HOSTNAME) return null;
          const host = parseHost(buffer, !special);
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === EOF || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          pointer--;
          if (special && buffer === '') return null;
          if (stateOverride && buffer === '' && (hasCredentials(url) || url.port !== null)) {
            return null;
          }
          const host = parseHost(buffer, !special);
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return url;
        } else {
          // Read up to the next delimiter at once; '[' ... ']' may hold ':'.
          let end = pointer;
          for (; end < len; end++) {
            const d = input[end];
            if (d === '[') insideBrackets = true;
            else if (d === ']') insideBrackets = false;
            else if ((d === ':' && !insideBrackets) || isAuthorityEnd(d, special)) break;
          }
          buffer += input.slice(pointer, end);
          pointer = end - 1;
        }
        break;

      case S.PORT:
        if (c !== EOF && isDigit(c)) {
          buffer += c;
        } else if (c === EOF || c === '/' || c === '?' || c === '#' || (special && c === '\\') ||
                   stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = S.PATH_START;
          pointer--;
        } else {
          return null;
        }
        break;

      case S.FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === '/' || c === '\\') {
          state = S.FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            pointer--;
          }
        } else {
          state = S.PATH;
          pointer--;
        }
        break;

      case S.FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = S.FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          pointer--;
        }
        break;

      case S.FILE_HOST:
        if (c === EOF || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // 'file://C:/x': the "host" was a drive letter; the buffer
            // carries it into the path state.
            state = S.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case S.PATH_START:
        if (special) {
          state = S.PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== EOF) {
          state = S.PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case S.PATH:
        if (c === EOF || c === '/' || (special && c === '\\') ||
            (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          // Escaped segment by segment below; collect the raw text first.
          const end = nextPathDelimiter(input, pointer, special, stateOverride);
          buffer += percentEncode(input.slice(pointer, end), PATH);
          pointer = end - 1;
        }
        break;

      case S.OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== EOF) {
          let end = pointer;
          while (end < len && input[end] !== '?' && input[end] !== '#') end++;
          url.path += percentEncode(input.slice(pointer, end), C0_CONTROL);
          pointer = end - 1;
        }
        break;

      case S.QUERY:
        if ((!stateOverride && c === '#') || c === EOF) {
          url.query += percentEncode(buffer, special ? SPECIAL_QUERY : QUERY);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          let end = pointer;
          while (end < len && (stateOverride || input[end] !== '#')) end++;
          buffer += input.slice(pointer, end);
          pointer = end - 1;
        }
        break;

      case S.FRAGMENT:
        if (c !== EOF) {
          url.fragment += percentEncode(input.slice(pointer), FRAGMENT);
          pointer = len - 1;
        }
        break;
    }
  }
  return url;
}

function isAuthorityEnd(c, special) {
  return c === '/' || c === '?' || c === '#' || (special && c === '\\');
}

// Where the path segment starting at `pointer` ends.
function nextPathDelimiter(input, pointer, special, stateOverride) {
  let end = pointer;
  for (; end < input.length; end++) {
    const c = input[end];
    if (c === '/' || (special && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) break;
  }
  return end;
}

// ---- serialising ----

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (hasCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    // 'web+demo:/.//not-a-host/': keeps '//' in the path from reading as
    // an authority.
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

// The origin as text: 'scheme://host[:port]' for the special network
// schemes, the inner URL's for 'blob:', 'null' (opaque) for the rest.
function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
  }
}

module.exports = {
  S, URLRecord, basicParse, serializeURL, serializePath, serializeOrigin, isSpecialScheme,
  defaultPort, hasCredentials,
};
