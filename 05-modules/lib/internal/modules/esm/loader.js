// The ESM loader: the module map and the three phases of `import`.
// (Node: lib/internal/modules/esm/loader.js, module_job.js, translators.js.)
//
//   1. parse and link: resolve each specifier (resolve.js) to a URL; the
//      module map gives the one ModuleWrap of that URL, or the translator
//      of its format makes it (compiles a module, or builds a synthetic one
//      for a built-in, a JSON file, a CommonJS file); then its own requests,
//      depth first. A URL met again (a cycle) is already in the map.
//   2. instantiate: V8 binds every import to its export (module_wrap.cc).
//   3. evaluate: V8 runs the bodies, dependencies first; a promise.
//
// Phases 1 and 2 are synchronous here (files are read with the sync fs
// calls, as require() reads them); phase 3 is V8's. Nothing in this file
// loads until the first `import`: a CommonJS program that never imports
// pays nothing (internal/modules/esm/utils.js installs the V8 callbacks
// that require it on demand).
'use strict';

const { ModuleWrap, kInstantiated, kErrored } = internalBinding('module_wrap');
const { triggerUncaughtException } = internalBinding('errors');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { Module } = require('internal/modules/cjs/loader');
const { resolve: resolveSpecifier } = require('internal/modules/esm/resolve');
const { lex } = require('internal/modules/esm/cjs_exports');
const { pathToFileURL, fileURLToPath } = require('internal/modules/esm/file_url');
const {
  ERR_IMPORT_ASSERTION_TYPE_FAILED,
  ERR_IMPORT_ASSERTION_TYPE_MISSING,
  ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  ERR_REQUIRE_ASYNC_MODULE,
} = require('internal/errors').codes;

// URL -> ModuleWrap: one record per URL for the whole program.
const moduleMap = new Map();
// The wraps whose requests are linked (phase 1 done for them).
const linked = new WeakSet();

function readFileUtf8(filename) {
  const text = require('fs').readFileSync(filename, 'utf8');
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// ---- translators: a URL of a format -> a ModuleWrap ----

function sourceOfDataURL(url) {
  const comma = url.indexOf(',');
  const body = url.slice(comma + 1);
  return /;base64$/.test(url.slice(0, comma)) ? atob(body) : decodeURIComponent(body);
}

const translators = {
  module(url) {
    const source = url.startsWith('data:') ? sourceOfDataURL(url) :
      readFileUtf8(fileURLToPath(url));
    return new ModuleWrap(url, undefined, source, 0, 0);
  },

  // default = the built-in's exports, and each of its properties by name.
  builtin(url) {
    const exports = BuiltinModule.map.get(url.slice('node:'.length)).compileForInternalLoader();
    const names = [...new Set(['default', ...Object.keys(exports)])];
    return new ModuleWrap(url, undefined, names, function evaluationSteps() {
      for (const name of names) this.setExport(name, name === 'default' ? exports : exports[name]);
    });
  },

  json(url) {
    const filename = url.startsWith('data:') ? url : fileURLToPath(url);
    const text = url.startsWith('data:') ? sourceOfDataURL(url) : readFileUtf8(filename);
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      error.message = `${filename}: ${error.message}`;
      throw error;
    }
    return new ModuleWrap(url, undefined, ['default'], function evaluationSteps() {
      this.setExport('default', value);
    });
  },

  // default = module.exports; the names the lexer finds in the text (and in
  // the files it re-exports) are linked now, and given their values when
  // the file has run, in phase 3, in its place in the graph.
  commonjs(url) {
    const filename = fileURLToPath(url);
    const names = ['default', ...cjsExportNames(filename, new Set())];
    return new ModuleWrap(url, undefined, [...new Set(names)], function evaluationSteps() {
      const exports = Module._load(filename, undefined, false);
      for (const name of names) {
        if (name === 'default' || !Object.hasOwn(exports, name)) continue;
        let value;
        try {
          value = exports[name];
        } catch {
          // a getter that throws exports undefined
        }
        this.setExport(name, value);
      }
      this.setExport('default', exports);
    });
  },
};

// The statically visible export names of a CommonJS file, with those of
// the files it re-exports (resolved as require() would from that file).
function cjsExportNames(filename, seen) {
  if (seen.has(filename)) return [];
  seen.add(filename);
  let source;
  try {
    source = readFileUtf8(filename);
  } catch {
    return [];
  }
  const { exports, reexports } = lex(source);
  const names = [...exports];
  for (const specifier of reexports) {
    const parent = new Module(filename);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(require('path').dirname(filename));
    let target;
    try {
      target = Module._resolveFilename(specifier, parent, false);
    } catch {
      continue;  // a re-export that does not resolve adds nothing
    }
    if (target.endsWith('.js') || target.endsWith('.cjs')) {
      for (const name of cjsExportNames(target, seen)) if (name !== 'default') names.push(name);
    }
  }
  return names;
}

// ---- import attributes (Node's validateAttributes) ----

function validateAttributes(url, format, attributes) {
  for (const key of Object.keys(attributes)) {
    if (key !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key]);
  }
  const hasType = 'type' in attributes;
  if (format === 'json' && attributes.type === 'json') return;
  if (format === 'json' && !hasType) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
  if (!hasType) return;
  if (attributes.type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(attributes.type);
  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, attributes.type);
}

// ---- the three phases ----

// The ModuleWrap of `specifier` imported from `parentURL`, made and linked
// with everything it imports (phase 1).
function getLinkedModule(specifier, parentURL, attributes) {
  const { url, format } = resolveSpecifier(specifier, parentURL);
  validateAttributes(url, format, attributes);
  let wrap = moduleMap.get(url);
  if (wrap === undefined) {
    wrap = translators[format](url);
    moduleMap.set(url, wrap);
  }
  if (!linked.has(wrap)) {
    linked.add(wrap);  // first, so that a cycle back to it stops here
    let done = false;
    try {  // (no catch: a rethrown error would be reported from here)
      const requests = wrap.getModuleRequests();
      const wraps = requests.map((request) =>
        getLinkedModule(request.specifier, url, request.attributes));
      wrap.link(requests.map((request) => request.specifier), wraps);
      done = true;
    } finally {
      if (!done) linked.delete(wrap);
    }
  }
  return wrap;
}

// Phases 1 and 2: a graph ready to evaluate.
function getInstantiatedModule(specifier, parentURL, attributes = {}) {
  const wrap = getLinkedModule(specifier, parentURL, attributes);
  if (wrap.getStatus() < kInstantiated) wrap.instantiate();
  return wrap;
}

// What import() in a file resolves against: its URL. A CommonJS function
// or -e code names its referrer by path (contextify.cc, bootstrap.cc).
function referrerURL(referrer) {
  if (typeof referrer !== 'string') return pathToFileURL(`${process.cwd()}/`);
  return referrer.startsWith('/') ? pathToFileURL(referrer) : referrer;
}

// import(specifier) from anywhere: phases 1 to 3, then the namespace.
async function importModuleDynamically(specifier, referrer, attributes) {
  const wrap = getInstantiatedModule(specifier, referrerURL(referrer), attributes);
  await wrap.evaluate();
  return wrap.getNamespace();
}

// import.meta of a file module: url, and for file: URLs dirname and
// filename; resolve(specifier) as this module's imports resolve.
function initializeImportMeta(meta, wrap) {
  const { url } = wrap;
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = require('path').dirname(filename);
    meta.filename = filename;
  }
  // As Node: a file that does not exist still has a URL to give.
  meta.resolve = function resolve(specifier) {
    try {
      return resolveSpecifier(`${specifier}`, url).url;
    } catch (error) {
      if ((error?.code === 'ERR_MODULE_NOT_FOUND' ||
           error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && error.url) {
        return error.url;
      }
      throw error;
    }
  };
  meta.url = url;
}

// The main file, when it is a module (run_main_module.js decides). Errors
// of phases 1 and 2 are thrown from here; one of phase 3 rejects V8's
// promise and becomes an uncaught exception, as in Node. A top-level await
// that never settles leaves the loop with nothing to do: exit code 13.
function runMain(mainPath) {
  const wrap = getInstantiatedModule(pathToFileURL(mainPath), undefined);
  const handleProcessExit = () => {
    process.exitCode ??= 13;
  };
  process.on('exit', handleProcessExit);
  wrap.evaluate().then(() => {
    process.off('exit', handleProcessExit);
  }, (error) => {
    process.off('exit', handleProcessExit);
    triggerUncaughtException(error, /* fromPromise= */ true);
  });
}

// require() of an ES module (Node 20.19 and later): allowed when nothing in
// its graph awaits at top level; the result is its namespace, with
// __esModule: true added when it has a default export (as Node does, so
// that transpiled code sees `default` as the default).
function requireESM(filename, parent) {
  const wrap = getInstantiatedModule(pathToFileURL(filename), undefined);
  if (wrap.isGraphAsync()) {
    const error = new ERR_REQUIRE_ASYNC_MODULE();
    const from = parent?.filename ?? parent?.id;
    if (from) error.message += `\n  From ${from} `;
    error.message += `\n  Requiring ${filename} `;
    throw error;
  }
  // Settled already (nothing awaits); a handler keeps a rejection from
  // being reported as unhandled, since it is thrown here instead.
  wrap.evaluate().then(undefined, () => {});
  if (wrap.getStatus() === kErrored) throw wrap.getError();
  const namespace = wrap.getNamespace();
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  // A module that re-exports the original, so the bindings stay live.
  let facade = facades.get(wrap);
  if (facade === undefined) {
    facade = new ModuleWrap(`${wrap.url}#require-facade`, undefined,
                            'export * from "original"; export { default } from "original"; ' +
                            'export const __esModule = true;', 0, 0);
    facade.link(['original'], [wrap]);
    facade.instantiate();
    facade.evaluate();
    facades.set(wrap, facade);
  }
  return facade.getNamespace();
}
const facades = new WeakMap();

module.exports = {
  importModuleDynamically, initializeImportMeta, runMain, requireESM, getInstantiatedModule,
};
