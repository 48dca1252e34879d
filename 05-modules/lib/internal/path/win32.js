// path.win32: Windows paths, computed on any system. (Node: lib/path.js.)
//
// A Windows path may start with a *root* of one of three kinds, and the
// rest is segments separated by '\' or '/':
//
//     C:\dir\file     a drive and an absolute path on it
//     C:dir\file      a drive and a path relative to that drive's own
//                     current directory
//     \dir\file       absolute on the current drive
//     \\server\share\dir\file
//                     a UNC root: a share on another machine
//
// Every function splits off the root (splitRoot), works on the segments as
// path.posix does, and puts the root back. Drive letters compare without
// regard to case, as Windows compares them.
'use strict';

const { validateString } = require('internal/validators');

const isSep = (code) => code === 47 || code === 92;  // '/' or '\'
const isLetter = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// The root of `path`: { device, absolute, end } where `device` is 'C:' or
// '\\server\share' (or ''), `absolute` says whether a separator follows it,
// and `end` is where the rest begins.
function splitRoot(path) {
  const length = path.length;
  if (length === 0) return { device: '', absolute: false, end: 0 };
  const first = path.charCodeAt(0);
  if (isSep(first)) {
    if (length > 1 && isSep(path.charCodeAt(1))) {
      // '\\server\share': a run of non-separators, separators, another
      // run. The root takes one separator after the share, if there is one.
      let i = 2;
      const serverStart = i;
      while (i < length && !isSep(path.charCodeAt(i))) i++;
      if (i < length && i !== serverStart) {
        const server = path.slice(serverStart, i);
        while (i < length && isSep(path.charCodeAt(i))) i++;
        const shareStart = i;
        while (i < length && !isSep(path.charCodeAt(i))) i++;
        if (i !== shareStart) {
          const device = `\\\\${server}\\${path.slice(shareStart, i)}`;
          return { device, absolute: true, end: i < length ? i + 1 : i, unc: true };
        }
      }
    }
    return { device: '', absolute: true, end: 1 };
  }
  if (length > 1 && isLetter(first) && path.charCodeAt(1) === 58 /* : */) {
    if (length > 2 && isSep(path.charCodeAt(2))) return { device: path.slice(0, 2), absolute: true, end: 3 };
    return { device: path.slice(0, 2), absolute: false, end: 2 };
  }
  return { device: '', absolute: false, end: 0 };
}

const { formatPath, normalizeSegments } = require('internal/path/segments');

// A rootless path with '.', '..' and repeated separators (either kind)
// folded, its segments joined with '\\'.
function normalizeTail(tail, allowAboveRoot) {
  return normalizeSegments(tail.split(/[\\/]/), allowAboveRoot).join('\\');
}

function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // A drive-relative path is relative to that drive's own current
      // directory, which Windows keeps in the variable "=C:".
      path = process.env[`=${device}`] || process.cwd();
      if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === 92) {
        path = `${device}\\`;
      }
    }
    const root = splitRoot(path);
    if (root.device.length > 0) {
      if (device.length > 0) {
        if (root.device.toLowerCase() !== device.toLowerCase()) continue;  // another drive
      } else {
        device = root.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${path.slice(root.end)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = normalizeTail(tail, !absolute);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const root = splitRoot(path);
  if (root.unc && root.end === path.length) return `${root.device}\\`;
  let tail = normalizeTail(path.slice(root.end), !root.absolute);
  if (tail.length === 0 && !root.absolute) tail = '.';
  // A relative path with a segment like 'ab:' could be read as a drive or a
  // stream ('ab:\c'): Node prefixes it with '.\'.
  if (!root.absolute && root.device.length === 0 &&
      tail.split('\\').some((segment) => /^[^:]+:$/.test(segment))) {
    tail = `.\\${tail}`;
  }
  if (tail.length > 0 && isSep(path.charCodeAt(path.length - 1))) tail += '\\';
  return `${root.device}${root.absolute ? '\\' : ''}${tail}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return splitRoot(path).absolute;
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let firstPart;
  for (let i = 0; i < args.length; i++) {
    validateString(args[i], 'path');
    if (args[i].length > 0) {
      if (joined === undefined) joined = firstPart = args[i];
      else joined += `\\${args[i]}`;
    }
  }
  if (joined === undefined) return '.';
  // Leading separators of the first part that look like the start of a UNC
  // root stay UNC only if the first part itself had two of them: join('\\',
  // 'server', 'share') must not become a UNC path by accident.
  let needsReplace = true;
  let slashCount = 0;
  if (isSep(firstPart.charCodeAt(0))) {
    slashCount++;
    if (firstPart.length > 1 && isSep(firstPart.charCodeAt(1))) {
      slashCount++;
      if (firstPart.length > 2) {
        if (isSep(firstPart.charCodeAt(2))) slashCount++;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
    if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromResolved = resolve(from);
  const toResolved = resolve(to);
  if (fromResolved === toResolved) return '';
  const lowerFrom = fromResolved.toLowerCase();
  const lowerTo = toResolved.toLowerCase();
  if (lowerFrom === lowerTo) return '';
  const fromParts = fromResolved.split('\\').filter(Boolean);
  const toParts = toResolved.split('\\').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common].toLowerCase() === toParts[common].toLowerCase()) {
    common++;
  }
  if (common === 0) return toResolved;  // another drive: no relative path
  const up = fromParts.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('\\');
}

// '\\?\' prefixes that let Windows take paths longer than 260 characters.
function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.startsWith('\\\\')) {
    if (resolved.charCodeAt(2) !== 63 /* ? */ && resolved.charCodeAt(2) !== 46 /* . */) {
      return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (isLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === 58 &&
             resolved.charCodeAt(2) === 92) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// The root, and where the last segment begins and ends (trailing
// separators left out). `driveOnly`: only a drive counts as a root, as for
// basename and extname (a UNC share is then a segment like any other).
function lastSegment(path, driveOnly = false) {
  let root = splitRoot(path);
  if (driveOnly && root.device.length !== 2) root = { device: '', absolute: false, end: 0 };
  else if (driveOnly) root = { ...root, end: 2 };
  let end = path.length;
  while (end > root.end && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > root.end && !isSep(path.charCodeAt(start - 1))) start--;
  return { root, start, end };
}

// Everything before the last segment, less the one separator just before
// it (others stay, as in Node); the root when nothing else is left.
function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const { root, start } = lastSegment(path);
  if (root.unc && root.end === path.length) return path;
  const end = start - 1;
  if (end < root.end || start === root.end) return root.end === 0 ? '.' : path.slice(0, root.end);
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'ext');
  validateString(path, 'path');
  const { start, end } = lastSegment(path, true);
  const base = path.slice(start, end);
  if (suffix !== undefined && suffix !== base && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extname(path) {
  validateString(path, 'path');
  const { start, end } = lastSegment(path, true);
  const base = path.slice(start, end);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  const { root, start, end } = lastSegment(path);
  result.root = path.slice(0, root.end);
  if (root.unc && root.end === path.length) {
    result.dir = path;
    return result;
  }
  result.base = path.slice(start, end);
  result.ext = extname(result.base);
  result.name = result.ext ? result.base.slice(0, -result.ext.length) : result.base;
  result.dir = start > root.end ? dirname(path) : result.root;
  return result;
}

function format(pathObject) {
  return formatPath(pathObject, '\\');
}

module.exports = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, sep: '\\', delimiter: ';', win32: null, posix: null,
};
