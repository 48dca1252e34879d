// file: URLs for the ESM loader: a path to its URL and back, and a
// relative specifier resolved against a URL. (Node: pathToFileURL and
// fileURLToPath in lib/internal/url.js; `new URL(specifier, base)`.)
//
// ES modules are named by URL, not by path: import.meta.url, the module
// map's keys and `import './a b.mjs'` all speak URLs. The loader needs only
// these few string conversions, kept here on their own; the `url` module
// will own them (and a full WHATWG URL parser), and this file can then
// shrink to a re-export.
'use strict';

const path = require('path');
const { ERR_INVALID_FILE_URL_PATH, ERR_INVALID_URL_SCHEME } = require('internal/errors').codes;

// The bytes pathToFileURL() leaves as they are; every other byte of the
// path's UTF-8 is written %XX (as Node 20 does: also '[', ']', '^', '|',
// '~', which the URL parser itself would keep).
const kPathSafe = /[A-Za-z0-9!$&'()*+,\-./:;=@_]/;
// What the URL parser encodes in a path it parses (its "path percent-encode
// set"): C0 controls, space, '"', '<', '>', '`', '{', '}', and non-ASCII.
const kParserSafe = /[^\x00-\x20"<>`{}\x7f-\uffff]/;

function encode(text, safe) {
  let out = '';
  for (const char of text) {
    if (safe.test(char)) out += char;
    else if (char > '\x7f') out += encodeURIComponent(char);  // its UTF-8 bytes, %XX each
    else out += `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

// '/tmp/a b.mjs' -> 'file:///tmp/a%20b.mjs'. A relative path is taken
// from the current folder; a trailing '/' is kept.
function pathToFileURL(filepath) {
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return `file://${encode(resolved, kPathSafe)}`;
}

// 'file:///tmp/a%20b.mjs' -> '/tmp/a b.mjs' (the query and fragment go).
function fileURLToPath(url) {
  if (!url.startsWith('file:')) throw new ERR_INVALID_URL_SCHEME('file');
  const { pathname } = splitURL(url);
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// 'file:///a/b.mjs?x#y' -> { scheme: 'file:', pathname: '/a/b.mjs', suffix: '?x#y' }.
// A file URL's host is empty ('file:///'); 'file://localhost/' is the same.
function splitURL(url) {
  const colon = url.indexOf(':');
  const scheme = url.slice(0, colon + 1);
  let rest = url.slice(colon + 1);
  const cut = rest.search(/[?#]/);
  const suffix = cut === -1 ? '' : rest.slice(cut);
  if (cut !== -1) rest = rest.slice(0, cut);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  return { scheme, pathname: rest, suffix };
}

// '.' and '..' segments folded away, as the URL parser does; never above '/'.
function removeDotSegments(pathname) {
  const out = [];
  const segments = pathname.split('/');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '%2e' || segment === '%2E') {
      if (last) out.push('');
    } else if (segment === '..' || /^(\.|%2e)(\.|%2e)$/i.test(segment)) {
      if (out.length > 1) out.pop();
      if (last) out.push('');
    } else {
      out.push(segment);
    }
  }
  return out.join('/');
}

// A specifier that starts with '/', './' or '../', or a whole 'file:' URL,
// as a URL, against the importer's `base` (a file: URL).
function resolveFileURL(specifier, base) {
  if (specifier.startsWith('file:')) {
    const { pathname, suffix } = splitURL(specifier);
    const absolute = pathname.startsWith('/') ? pathname : `/${pathname}`;
    return `file://${removeDotSegments(encode(absolute, kParserSafe))}${suffix}`;
  }
  const cut = specifier.search(/[?#]/);
  const suffix = cut === -1 ? '' : specifier.slice(cut);
  let pathname = encode(cut === -1 ? specifier : specifier.slice(0, cut), kParserSafe);
  if (!pathname.startsWith('/')) {
    const basePath = splitURL(base).pathname;
    pathname = basePath.slice(0, basePath.lastIndexOf('/') + 1) + pathname;
  }
  return `file://${removeDotSegments(pathname)}${suffix}`;
}

module.exports = { pathToFileURL, fileURLToPath, resolveFileURL, splitURL };
