// What path.posix and path.win32 share: folding a rootless path's segments.
'use strict';

// Resolves '.' and '..' segments and folds repeated separators of the
// segments `parts`; returns what is kept. With `allowAboveRoot`, a relative
// path keeps its leading '..' segments; an absolute one never climbs above
// its root.
function normalizeSegments(parts, allowAboveRoot) {
  const kept = [];
  for (const segment of parts) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
      else if (allowAboveRoot) kept.push('..');
      continue;
    }
    kept.push(segment);
  }
  return kept;
}

// path.format for either flavour: `sep` joins dir and base. (A Windows
// root already ends with its separator, as a POSIX '/' does.)
function formatPath(pathObject, sep) {
  if (pathObject === null || typeof pathObject !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('pathObject', 'Object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext || '';
    base = `${pathObject.name || ''}${ext && !ext.startsWith('.') ? '.' : ''}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = { formatPath, normalizeSegments };
