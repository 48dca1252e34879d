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

module.exports = { normalizeSegments };
