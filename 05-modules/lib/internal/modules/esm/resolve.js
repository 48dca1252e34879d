// ESM resolution: a specifier and the importer's URL -> a URL and a format.
// (Node: lib/internal/modules/esm/resolve.js and get_format.js.)
//
// Stricter than require(), by design (URLs, as in browsers):
//
//   'node:fs', 'fs'           a built-in               -> 'node:fs'     builtin
//   './a.mjs', '/a', 'file:'  a URL against the importer's URL: the exact
//                             file, no extension added, no index.js
//   'pkg', 'pkg/sub'          node_modules/ upwards: package.json "exports"
//                             under the conditions node, import (and
//                             default), else "main" (only for 'pkg')
//   'data:...'                the module's text in the URL
//   anything else             ERR_UNSUPPORTED_ESM_URL_SCHEME
//
// Then the format, from the file's extension: .mjs module, .cjs commonjs,
// .json json, .js (or no extension) from the nearest package.json's "type"
// ("module", else commonjs); any other extension: ERR_UNKNOWN_FILE_EXTENSION.
'use strict';

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { statKind, readPackage, resolveExports, splitPackageName, packageType, resolveSelf } =
  require('internal/modules/cjs/loader');
const { pathToFileURL, fileURLToPath, resolveFileURL, splitURL } =
  require('internal/modules/esm/file_url');
const {
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_MODULE_NOT_FOUND,
  ERR_UNKNOWN_BUILTIN_MODULE,
  ERR_UNKNOWN_FILE_EXTENSION,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_ESM_URL_SCHEME,
} = require('internal/errors').codes;

const kConditions = new Set(['node', 'import', 'module-sync', 'default']);
const fsBinding = internalBinding('fs');

// How an importer is named in errors: its path, or its URL when not a file.
function describeBase(parentURL) {
  if (parentURL === undefined) return undefined;
  return parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL;
}

function isRelative(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier.startsWith('/') || specifier === '.' || specifier === '..';
}

// The file at `url` exists and is no folder: its URL by its real path (so
// that a file reached through two links is one module), query and fragment
// kept.
function finalizeResolution(url, parentURL, specifier) {
  const filename = fileURLToPath(url);
  const kind = statKind(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === 1 || (filename.endsWith('/') && kind !== -1)) {
    const error = new ERR_UNSUPPORTED_DIR_IMPORT(filename, describeBase(parentURL));
    error.url = url;
    throw withHint(error, specifier, parentURL);
  }
  if (kind !== 0 || filename.endsWith('/')) {
    const error = new ERR_MODULE_NOT_FOUND(filename, describeBase(parentURL), 'module');
    error.url = url;
    throw withHint(error, specifier, parentURL);
  }
  const real = fsBinding.realpath(filename, 'utf8');
  return pathToFileURL(real) + splitURL(url).suffix;
}

// "main" of a package without "exports": the file, or with .js, .json,
// .node, or its index.*; then the package's own index.*.
function legacyMainResolve(pkgFolder, pkg, parentURL) {
  const tries = [];
  if (typeof pkg?.main === 'string') {
    const main = path.resolve(pkgFolder, pkg.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`,
               `${main}/index.json`, `${main}/index.node`);
  }
  tries.push(`${pkgFolder}/index.js`, `${pkgFolder}/index.json`, `${pkgFolder}/index.node`);
  for (const candidate of tries) {
    if (statKind(candidate) === 0) return pathToFileURL(candidate);
  }
  throw new ERR_MODULE_NOT_FOUND(`${pkgFolder}/index.js`, describeBase(parentURL));
}

// A bare specifier: a package in some node_modules/ above the importer.
function packageResolve(specifier, parentURL) {
  const invalid = specifier.startsWith('.') || specifier.includes('\\') ||
    specifier.includes('%') || (specifier.startsWith('@') && !/^@[^/]+\/[^/]/.test(specifier));
  if (invalid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name',
                                           describeBase(parentURL));
  }
  const { name, subpath } = splitPackageName(specifier);
  const base = describeBase(parentURL);
  let folder = parentURL?.startsWith('file:') ? path.dirname(fileURLToPath(parentURL)) :
    process.cwd();
  const self = resolveSelf(folder, specifier, kConditions, base);
  if (self !== undefined) return pathToFileURL(self);
  for (;;) {
    const pkgFolder = path.join(folder, 'node_modules', name);
    if (path.basename(folder) !== 'node_modules' && statKind(pkgFolder) === 1) {
      const pkg = readPackage(pkgFolder);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        return pathToFileURL(resolveExports(pkgFolder, pkg, subpath, kConditions, base));
      }
      if (subpath === '.') return legacyMainResolve(pkgFolder, pkg, parentURL);
      return pathToFileURL(path.join(pkgFolder, subpath));
    }
    if (folder === '/') break;
    folder = path.dirname(folder);
  }
  throw withHint(new ERR_MODULE_NOT_FOUND(name, base), specifier, parentURL);
}

function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(url)[1];
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw new ERR_UNKNOWN_FILE_EXTENSION(mime, url);  // as Node: ERR_UNKNOWN_MODULE_FORMAT
  }
  const filename = fileURLToPath(url);
  const basename = path.basename(filename);
  const dot = basename.lastIndexOf('.');
  const extension = dot > 0 ? basename.slice(dot) : '';
  switch (extension) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '': {
      const type = packageType(filename);
      if (type === 'module') return 'module';
      if (type === 'commonjs') return 'commonjs';
      return detectFormat(filename);
    }
    default:
      throw new ERR_UNKNOWN_FILE_EXTENSION(extension, filename);
  }
}

// A file of no declared type: CommonJS unless its text only parses as a
// module (esm/detect.js). Detected modules are remembered, for the warning
// the loader gives when it imports one.
// Each file is parsed for this once.
const detected = new Set();
const detectedFormats = new Map();
function detectFormat(filename) {
  let format = detectedFormats.get(filename);
  if (format !== undefined) return format;
  const { containsModuleSyntax } = require('internal/modules/esm/detect');
  format = 'commonjs';
  try {
    if (containsModuleSyntax(require('fs').readFileSync(filename, 'utf8'), filename)) {
      format = 'module';
      detected.add(filename);
    }
  } catch {
    // unreadable: the CommonJS loader reports what is wrong
  }
  detectedFormats.set(filename, format);
  return format;
}

// Where require() would have found `specifier`, for the hint Node adds to a
// failed import: './x' relative to the importer, or the package's folder.
function resolveAsCommonJS(specifier, parentURL) {
  const { Module } = require('internal/modules/cjs/loader');
  try {
    const parent = fileURLToPath(parentURL);
    const module = new Module(parent, null);
    module.filename = parent;
    module.paths = Module._nodeModulePaths(parent);
    let found = Module._resolveFilename(specifier, module, false);
    if (isRelative(specifier)) {
      found = path.relative(path.dirname(parent), found);
      if (!found.startsWith('../')) found = `./${found}`;
    } else {
      const name = specifier.split('/')[0];
      const index = found.indexOf(name);
      if (index !== -1) found = found.slice(0, index + name.length);
    }
    return found;
  } catch {
    return false;
  }
}

// A not-found error gets a "Did you mean" when require() would have found
// the file (Node's decorateErrorWithCommonJSHints).
function withHint(error, specifier, parentURL) {
  if (parentURL?.startsWith('file:')) {
    const found = resolveAsCommonJS(specifier, parentURL);
    if (found) error.message += `\nDid you mean to import ${JSON.stringify(found)}?`;
  }
  return error;
}

// specifier + importer URL -> { url, format }. `parentURL` is undefined
// for the main module (whose specifier is already a file URL).
function resolve(specifier, parentURL) {
  let url;
  if (specifier.startsWith('node:')) {
    if (!BuiltinModule.canBeRequiredByUsers(specifier.slice(5))) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    url = specifier;
  } else if (BuiltinModule.canBeRequiredByUsers(specifier) && !specifier.includes(':')) {
    url = `node:${specifier}`;
  } else if (isRelative(specifier) || specifier.startsWith('file:')) {
    url = finalizeResolution(resolveFileURL(specifier, parentURL ?? 'file:///'), parentURL,
                             specifier);
  } else if (specifier.startsWith('data:')) {
    url = specifier;
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(specifier.slice(0, specifier.indexOf(':') + 1));
  } else {
    url = finalizeResolution(packageResolve(specifier, parentURL), parentURL, specifier);
  }
  return { url, format: formatOf(url) };
}

module.exports = { resolve, formatOf, detected };
