// `path`: file paths as strings, with no file system access.
// (Node: lib/path.js.) `path` is the POSIX flavour on Linux, and
// `path.posix` the same object; `path.win32` computes Windows paths on any
// system (internal/path/win32.js).
'use strict';

const { validateString } = require('internal/validators');

const SLASH = 47;  // '/'

const DOT = 46;  // '.'

const { formatPath } = require('internal/path/segments');

// A rootless path with '.', '..' and repeated slashes folded: the work of
// join, resolve and normalize, which programs call in hot loops. One pass
// over the characters, keeping the result as a string, rather than
// split('/') and an array of segments (internal/path/segments.js, which
// win32 uses): no array, and no garbage but the result. `depth` counts the
// kept segments that are not '..'; a '..' removes the last of them, or,
// with `allowAboveRoot` and none left, is kept itself.
function normalizeSegments(path, allowAboveRoot) {
  let result = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== SLASH) continue;
    const length = i - start;
    const dots = length <= 2 && path.charCodeAt(start) === DOT &&
                 (length === 1 || path.charCodeAt(start + 1) === DOT) ? length : 0;
    if (length === 0 || dots === 1) {
      // an empty segment (a repeated slash) or '.': nothing to keep
    } else if (dots === 2) {
      if (depth > 0) {
        result = result.slice(0, Math.max(result.lastIndexOf('/'), 0));
        depth--;
      } else if (allowAboveRoot) {
        result = result.length === 0 ? '..' : `${result}/..`;
      }
    } else {
      const segment = path.slice(start, i);
      result = result.length === 0 ? segment : `${result}/${segment}`;
      depth++;
    }
    start = i + 1;
  }
  return result;
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  // From the last argument back, until a path is absolute; then the
  // current directory if none was.
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : process.cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  const normalized = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${normalized}`;
  return normalized.length > 0 ? normalized : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailingSlash = path.charCodeAt(path.length - 1) === SLASH;
  let normalized = normalizeSegments(path, !absolute);
  if (normalized.length === 0) {
    if (absolute) return '/';
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) normalized += '/';
  return absolute ? `/${normalized}` : normalized;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (let i = 0; i < args.length; i++) {
    validateString(args[i], 'path');
    if (args[i].length > 0) joined = joined === undefined ? args[i] : `${joined}/${args[i]}`;
  }
  return joined === undefined ? '.' : normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromParts = resolve(from).split('/').filter(Boolean);
  const toParts = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('/');
}

function toNamespacedPath(path) {
  return path;  // only Windows has namespaced paths
}

// The index just past the last character of `path` that is not a trailing
// slash, and the start of its last segment.
function lastSegment(path) {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === SLASH) end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return { start, end };
}

// Only the one slash before the last segment goes: '/a//b' has dirname
// '/a/' (Node keeps any other slashes as they were written). A path whose
// only slashes lead it ('//a') keeps two, as Node does.
function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const { start } = lastSegment(path);
  const absolute = path.charCodeAt(0) === SLASH;
  const end = start - 1;  // the slash before the last segment, or -1
  if (end <= 0) return absolute ? '/' : '.';
  if (absolute && end === 1) return '//';
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  // A suffix that is the whole path leaves nothing (but one that is only
  // the whole last segment, as in '/dir/.js', is kept: Node's rule).
  if (suffix !== undefined && suffix.length > 0 && suffix === path) return '';
  const { start, end } = lastSegment(path);
  if (start >= end) return '';  // '/' or ''
  const base = path.slice(start, end);
  if (suffix !== undefined && suffix !== base && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extname(path) {
  validateString(path, 'path');
  const { start, end } = lastSegment(path);
  const base = path.slice(start, end);
  const dot = base.lastIndexOf('.');
  // A name that starts with its only dot ('.profile') has no extension.
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  if (path.charCodeAt(0) === SLASH) result.root = '/';
  const { start, end } = lastSegment(path);
  result.base = path.slice(start, end);
  if (result.base === '/' || (start === 0 && end === 1 && result.root === '/')) result.base = '';
  result.ext = extname(result.base);
  result.name = result.ext ? result.base.slice(0, -result.ext.length) : result.base;
  // dir is all before the slash that ends it, as written ('//a' has dir '/'):
  // unlike dirname, parse does not special-case a doubled leading slash.
  if (start > 1) result.dir = path.slice(0, start - 1);
  else if (result.root) result.dir = '/';
  return result;
}

function format(pathObject) {
  return formatPath(pathObject, '/');
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, sep: '/', delimiter: ':', posix: null,
};
posix.posix = posix;
// path.win32 is built on first use: a POSIX program rarely needs it, and
// every program's start-up loads this file. The getter leaves a plain data
// property behind, as Node's path.win32 is.
Object.defineProperty(posix, 'win32', {
  get() {
    const win32 = require('internal/path/win32');
    win32.posix = posix;
    win32.win32 = win32;
    Object.defineProperty(posix, 'win32', { value: win32, writable: true, enumerable: true,
                                           configurable: true });
    return win32;
  },
  set(value) {
    Object.defineProperty(posix, 'win32', { value, writable: true, enumerable: true,
                                           configurable: true });
  },
  enumerable: true,
  configurable: true,
});
module.exports = posix;
