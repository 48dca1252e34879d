// file: URLs for the ESM loader, as strings. (Node: pathToFileURL and
// fileURLToPath in lib/internal/url.js; `new URL(specifier, base)`.)
//
// ES modules are named by URL, not by path: import.meta.url, the module
// map's keys and `import './a b.mjs'` all speak URLs. The loader keeps them
// as strings (the module map's keys); the `url` module does the parsing.
'use strict';

const { URL, pathToFileURL, fileURLToPath } = require('internal/url');

module.exports = {
  // '/tmp/a b.mjs' -> 'file:///tmp/a%20b.mjs'
  pathToFileURL: (filepath) => pathToFileURL(filepath).href,
  // 'file:///tmp/a%20b.mjs' -> '/tmp/a b.mjs' (the query and fragment go)
  fileURLToPath,
  // './b.mjs' against 'file:///app/a.mjs' -> 'file:///app/b.mjs'
  resolveFileURL: (specifier, base) => new URL(specifier, base).href,
  // 'file:///a/b.mjs?x#y' -> { scheme: 'file:', pathname: '/a/b.mjs', suffix: '?x#y' }
  splitURL(href) {
    const url = new URL(href);
    return { scheme: url.protocol, pathname: url.pathname, suffix: url.search + url.hash };
  },
};
