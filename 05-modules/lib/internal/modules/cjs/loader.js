// CommonJS: require(), module.exports, and how a name becomes a file.
// (Node: lib/internal/modules/cjs/loader.js.)
//
// require('x') from a module is Module._load('x', parent):
//
//   1. a built-in ('fs', 'node:fs')?           its exports (realm.js's loader)
//   2. Module._resolveFilename: the file, as an absolute real path
//        './a', '../a', '/a'  relative to the parent's folder, or absolute:
//                             the exact name, then + .js, .json, .node; a
//                             folder: its package.json "main", then index.*
//        'pkg', 'pkg/sub'     each node_modules/ folder from the parent's
//                             folder up to '/', then the global folders; a
//                             package.json "exports" decides what is visible
//   3. Module._cache[filename]?                its exports, even half-made
//                                              (that is how cycles work)
//   4. a new Module, cached *before* it runs; the extension's handler reads
//      the file: .js is compiled as the body of a function of
//      (exports, require, module, __filename, __dirname) and called with
//      `this` = module.exports; .json is JSON.parse'd.
//
// What require() returns is module.exports when the file finished (or, in a
// cycle, as far as it got).
'use strict';

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { compileFunction } = internalBinding('contextify');
const { validateString, validateNonEmptyString } = require('internal/validators');
const {
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_PACKAGE_CONFIG,
  ERR_INVALID_PACKAGE_TARGET,
  ERR_PACKAGE_PATH_NOT_EXPORTED,
  ERR_UNKNOWN_BUILTIN_MODULE,
} = require('internal/errors').codes;

// The conditions this loader matches in a package.json "exports" map.
const kConditions = new Set(['require', 'node', 'node-addons', 'default']);

// ---- The file system, as the resolver asks it ----

// The raw fs binding of stage 04: stat() fills an array of numbers, and
// answers undefined instead of throwing for a missing file when asked to.
const fsBinding = internalBinding('fs');
const kMode = 1;  // the index of st_mode in the stats array
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

// 0: a file, 1: a folder, -1: nothing there (or nothing we may look at).
function statKind(filename) {
  let stats;
  try {
    stats = fsBinding.stat(filename, false, undefined, false);
  } catch {
    return -1;  // e.g. ENOTDIR, EACCES
  }
  if (stats === undefined) return -1;
  return (stats[kMode] & S_IFMT) === S_IFDIR ? 1 : 0;
}

const packageJsonCache = new Map();

// The parsed package.json in `folder`, or null when there is none.
function readPackage(folder) {
  const jsonPath = path.resolve(folder, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  let parsed = null;
  if (statKind(jsonPath) === 0) {
    const text = readFileUtf8(jsonPath);
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      error.path = jsonPath;
      error.message = `Error parsing ${jsonPath}: ${error.message}`;
      throw error;
    }
  }
  packageJsonCache.set(jsonPath, parsed);
  return parsed;
}

// The package a folder belongs to: the nearest package.json at or above
// it, as { folder, pkg }, or null. The search stops at a node_modules
// folder, the edge of a package. (Node: getPackageScopeConfig.)
function packageScope(start) {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (path.basename(folder) === 'node_modules') return null;
    const pkg = readPackage(folder);
    if (pkg !== null) return { folder, pkg };
    if (folder === '/') return null;
  }
}

// The "type" of the package.json nearest above `filename` ('module',
// 'commonjs', or 'none'): whether its .js files are ES modules.
function packageType(filename) {
  const scope = packageScope(path.dirname(filename));
  return typeof scope?.pkg.type === 'string' ? scope.pkg.type : 'none';
}

// A file's text. (The fs module is required on first use: a program that
// loads no file, such as `-e` code, never builds it.)
function readFileUtf8(filename) {
  return require('fs').readFileSync(filename, 'utf8');
}

function toRealPath(filename) {
  return fsBinding.realpath(filename, 'utf8');
}

// ---- The Module class ----

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this[kParent] = parent;
  if (parent && parent.children) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
}

const kParent = Symbol('kParent');
Object.defineProperty(Module.prototype, 'parent', {
  get() { return this[kParent]; },
  set(value) { this[kParent] = value; },
  configurable: true,
});

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
Module.isBuiltin = (name) => BuiltinModule.canBeRequiredByUsers(
  name.startsWith('node:') ? name.slice(5) : name);

// The global folders searched after every node_modules/ (Node's
// Module._initPaths): the folders of $NODE_PATH (':'-separated, empty parts
// skipped; a relative one stays relative, so it is found from the cwd of the
// moment), then $HOME/.node_modules,
// $HOME/.node_libraries, and <prefix>/lib/node, where <prefix> is two folders
// above the executable. Read once, at startup, as Node reads them.
function globalPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_libraries'));
  if (home) paths.unshift(path.resolve(home, '.node_modules'));
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  }
  return paths;
}
Module.globalPaths = globalPaths();

// '/a/b/c' -> ['/a/b/c/node_modules', '/a/b/node_modules', '/a/node_modules',
// '/node_modules']; a folder that is itself node_modules is not doubled.
Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let end = parts.length; end > 0; end--) {
    if (parts[end - 1] === 'node_modules') continue;
    const folder = parts.slice(0, end).join('/');
    paths.push(`${folder}/node_modules`);
  }
  return paths;
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') ||
         request.startsWith('../');
}

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (BuiltinModule.canBeRequiredByUsers(request) || request.startsWith('node:')) return null;
  if (!isRelative(request)) {
    const paths = parent?.paths?.length ? [...parent.paths] : [];
    return [...paths, ...Module.globalPaths];
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

// ---- Finding the file ----

function tryFile(filename) {
  return statKind(filename) === 0 ? toRealPath(filename) : false;
}

function tryExtensions(base) {
  for (const extension of Object.keys(Module._extensions)) {
    const found = tryFile(base + extension);
    if (found) return found;
  }
  return false;
}

// A folder: its package.json "main" (as a file, or with an extension, or as
// a folder with an index), then its index.* (with a DEP0128 warning when a
// "main" named nothing).
function tryPackage(folder, request) {
  const pkg = readPackage(folder);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (main) {
    const base = path.resolve(folder, main);
    const found = tryFile(base) || tryExtensions(base) || tryExtensions(path.resolve(base, 'index'));
    if (found) return found;
  }
  const index = tryExtensions(path.resolve(folder, 'index'));
  if (!index && main) {
    const error = new Error(`Cannot find module '${path.resolve(folder, main)}'. ` +
      `Please verify that the package.json has a valid "main" entry`);
    error.code = 'MODULE_NOT_FOUND';
    error.path = path.resolve(folder, 'package.json');
    error.requestPath = request;
    throw error;
  }
  if (index && main) {
    // Still loadable, through index.*; Node keeps it working but says so.
    process.emitWarning(`Invalid 'main' field in '${path.resolve(folder, 'package.json')}' of ` +
      `'${main}'. Please either fix that or report it to the module author`,
    'DeprecationWarning', 'DEP0128');
  }
  return index;
}

// ---- package.json "exports" ----

// 'pkg/sub/x' -> { name: 'pkg', subpath: './sub/x' }; '@s/pkg' keeps its scope.
function splitPackageName(request) {
  const parts = request.split('/');
  const count = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, count).join('/');
  const rest = parts.slice(count).join('/');
  return { name, subpath: rest ? `./${rest}` : '.' };
}

// A target of the "exports" map: a string, an array of alternatives, or an
// object of conditions tried in its own order.
function resolveTarget(pkgFolder, target, patternMatch, key, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      throw new ERR_INVALID_PACKAGE_TARGET(`${pkgFolder}/`, key, target);
    }
    const resolved = patternMatch === undefined ? target : target.split('*').join(patternMatch);
    return path.resolve(pkgFolder, resolved);
  }
  if (Array.isArray(target)) {
    for (const alternative of target) {
      const found = resolveTarget(pkgFolder, alternative, patternMatch, key, conditions);
      if (found) return found;
    }
    return undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (conditions.has(condition)) {
        const found = resolveTarget(pkgFolder, target[condition], patternMatch, key, conditions);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }
  return null;  // `null` hides a subpath
}

// `conditions`: require()'s by default; the ESM resolver passes import's.
// `base` names the importer in the error, as the ESM resolver's errors do.
function resolveExports(pkgFolder, pkg, subpath, conditions = kConditions, base = undefined) {
  let { exports } = pkg;
  // A string, an array or an object of conditions means "the package's main".
  const isSubpathMap = exports !== null && typeof exports === 'object' &&
    !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
  if (!isSubpathMap) exports = { '.': exports };
  if (Object.hasOwn(exports, subpath) && !subpath.includes('*')) {
    const found = resolveTarget(pkgFolder, exports[subpath], undefined, subpath, conditions);
    if (found) return found;
  } else {
    // The longest "./prefix*suffix" pattern that matches.
    let best;
    for (const key of Object.keys(exports)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath.endsWith(suffix) &&
          subpath.length >= key.length && (!best || prefix.length > best.prefix.length)) {
        best = { key, prefix, match: subpath.slice(prefix.length, subpath.length - suffix.length) };
      }
    }
    if (best) {
      const found = resolveTarget(pkgFolder, exports[best.key], best.match, best.key,
                                  conditions);
      if (found) return found;
    }
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkgFolder}/`, subpath, base);
}

// A bare request inside one node_modules/ folder, through the package's
// "exports" when it has them.
function resolveInPackage(nodeModules, request) {
  const { name, subpath } = splitPackageName(request);
  const pkgFolder = path.resolve(nodeModules, name);
  const pkg = statKind(pkgFolder) === 1 ? readPackage(pkgFolder) : null;
  if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
    const filename = resolveExports(pkgFolder, pkg, subpath);
    return tryFile(filename) || tryExtensions(filename);
  }
  return undefined;  // no "exports": resolve the classic way
}

// A package may import itself by its own "name", through its "exports"
// (and only when it has them): 'pkg/sub' from a file inside pkg's folder.
// The package is the nearest package.json above `parentDir`. Returns the
// resolved path, or undefined when `request` does not name that package.
// (Node: trySelf in cjs/loader.js, packageSelfResolve in esm/resolve.js.)
function resolveSelf(parentDir, request, conditions = kConditions, base = undefined) {
  const scope = packageScope(parentDir);
  if (scope === null) return undefined;
  const { folder, pkg } = scope;
  if (pkg.exports === undefined || pkg.exports === null || typeof pkg.name !== 'string') {
    return undefined;
  }
  if (request !== pkg.name && !request.startsWith(`${pkg.name}/`)) return undefined;
  const subpath = request === pkg.name ? '.' : `.${request.slice(pkg.name.length)}`;
  return resolveExports(folder, pkg, subpath, conditions, base);
}

Module._findPath = function findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];

  const trailingSlash = request.endsWith('/') || request.endsWith('/.') ||
    request.endsWith('/..') || request === '.' || request === '..';
  for (const folder of paths) {
    if (!absolute && !isRelative(request) && folder) {
      const exported = resolveInPackage(folder, request);
      if (exported) {
        Module._pathCache[cacheKey] = exported;
        return exported;
      }
      if (statKind(folder) !== 1) continue;
    }
    const base = path.resolve(folder, request);
    const kind = statKind(base);
    let filename = false;
    if (!trailingSlash) {
      if (kind === 0) filename = toRealPath(base);
      if (!filename) filename = tryExtensions(base);
    }
    if (!filename && kind === 1) filename = tryPackage(base, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (request.startsWith('node:')) {
    if (!BuiltinModule.canBeRequiredByUsers(request.slice(5))) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return request;
  }
  if (BuiltinModule.canBeRequiredByUsers(request)) return request;

  let paths;
  if (options && options.paths) {
    paths = [];
    for (const start of options.paths) {
      const lookup = isRelative(request) ? [path.resolve(start)] :
        [...Module._nodeModulePaths(start), ...Module.globalPaths];
      for (const folder of lookup) if (!paths.includes(folder)) paths.push(folder);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (!isRelative(request) && !path.isAbsolute(request) && !(options && options.paths)) {
    const parentPath = parent?.filename ?? (parent?.id === '<repl>' ? process.cwd() : undefined);
    const self = parentPath === undefined ? undefined :
      resolveSelf(path.dirname(parentPath), request, kConditions, parentPath);
    const found = self && (tryFile(self) || tryExtensions(self));
    if (found) return found;
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent]) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

// ---- Loading ----

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:') || BuiltinModule.canBeRequiredByUsers(request)) {
    const id = request.startsWith('node:') ? request.slice(5) : request;
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return BuiltinModule.get(id).compileForInternalLoader();
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    this.exports = require('internal/modules/esm/loader').requireESM(filename, this[kParent]);
  } else {
    Module._extensions[extension](this, filename);
  }
  this.loaded = true;
};

// 'a.test.js' -> '.test.js' if registered, else '.js'; no extension: '.js'.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  for (let dot = name.indexOf('.', 1); dot !== -1; dot = name.indexOf('.', dot + 1)) {
    const extension = name.slice(dot);
    if (Module._extensions[extension]) return extension;
  }
  return '.js';
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// `format` is 'commonjs' when the file says so (.cjs, or "type":
// "commonjs"); undefined leaves it to syntax detection (esm/detect.js): a
// file that fails to compile because it is an ES module runs as one.
Module.prototype._compile = function compile(content, filename, format) {
  // A first line "#!/usr/bin/env node" is allowed in a script but not in a
  // function body: blank it, keeping the line count.
  if (content.startsWith('#!')) {
    const end = content.indexOf('\n');
    content = end === -1 ? '' : content.slice(end);
  }
  // The last argument is the referrer of import() inside the file.
  const compile = () => compileFunction(
    content, filename, 0, 0, undefined, false, undefined, undefined, kWrapperParams, filename);
  let compiled;
  try {
    ({ function: compiled } = compile());
  } catch (error) {
    const detect = require('internal/modules/esm/detect');
    if (format !== 'commonjs' && detect.shouldRetryAsESM(error, content)) {
      return this.loadAsDetectedESM(filename);
    }
    detect.warnIfModuleSyntax(error);
  }
  // Not a module: compiled again, uncaught, so that the error leaves V8
  // with its own location (the file's line and caret), not this one's.
  if (compiled === undefined) ({ function: compiled } = compile());
  const moduleRequire = makeRequireFunction(this);
  return Reflect.apply(compiled, this.exports,
                       [this.exports, moduleRequire, this, filename, path.dirname(filename)]);
};

// A file of no declared type that turned out to be an ES module: the main
// module runs with the ESM loader (which warns when a package.json could
// have said "type": "module"); require() gets its namespace, silently.
Module.prototype.loadAsDetectedESM = function loadAsDetectedESM(filename) {
  const esm = require('internal/modules/esm/loader');
  if (process.mainModule === this) {
    esm.runMain(filename);
  } else {
    this.exports = esm.requireESM(filename, this[kParent]);
  }
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// A .js file under a package.json whose "type" is "module" is an ES
// module; require() of it (and of a .mjs file) loads it with the ESM loader
// and returns its namespace, as Node 20.19 and later do.
Module._extensions['.js'] = function loadJs(module, filename) {
  const type = packageType(filename);
  if (filename.endsWith('.js') && type === 'module') {
    module.exports = require('internal/modules/esm/loader').requireESM(filename, module[kParent]);
    return;
  }
  const format = filename.endsWith('.cjs') || type === 'commonjs' ? 'commonjs' : undefined;
  module._compile(stripBOM(readFileUtf8(filename)), filename, format);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  const error = new Error(`Cannot load native addon ${filename}: ` +
    'this runtime does not load C++ addons');
  error.code = 'ERR_DLOPEN_FAILED';
  throw error;
};

function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  validateNonEmptyString(filename, 'filename');
  // A file: URL (an ES module's import.meta.url) names the file too.
  if (filename.startsWith('file:')) {
    filename = require('internal/modules/esm/file_url').fileURLToPath(filename);
  }
  const module = new Module(filename);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequireFunction(module);
};

Module.runMain = function runMain(mainPath) {
  const resolved = path.resolve(mainPath);
  Module._load(resolved, null, true);
};

Module.Module = Module;

// The ESM resolver (internal/modules/esm/resolve.js) shares these.
module.exports = {
  Module, makeRequireFunction, statKind, readPackage, resolveExports, splitPackageName,
  packageType, packageScope, resolveSelf,
};
