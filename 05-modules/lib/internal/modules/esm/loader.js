// The ESM loader: the module map and the three phases of `import`.
// (Node: lib/internal/modules/esm/loader.js, module_job.js, translators.js.)
//
//   1. load and link: resolve each specifier (resolve.js) to a URL; the
//      module map gives the one ModuleWrap of that URL, or the translator
//      of its format makes it (compiles a module, or builds a synthetic one
//      for a built-in, a JSON file, a CommonJS file); then its own requests.
//      A URL met again (a cycle) is already in the map.
//   2. instantiate: V8 binds every import to its export (module_wrap.cc).
//   3. evaluate: V8 runs the bodies, dependencies first; a promise.
//
// import() and the main module take the asynchronous road, as Node does: a
// ModuleJob per URL whose module is a promise (the file is read with the
// promise fs API, on the thread pool, so several imports load side by
// side and settle in the order their reads finish), then linked once its
// requests' modules are there; instantiate waits for the whole graph.
// Resolution stays synchronous (Node's is too). require() of an ES module
// takes the synchronous road (getInstantiatedModule): it must return a
// value now. Both share the module map, so a file is one module whichever
// road reached it first.
//
// Nothing in this file loads until the first `import`: a CommonJS program
// that never imports pays nothing (internal/modules/esm/utils.js installs
// the V8 callbacks that require it on demand).
'use strict';

const { ModuleWrap, kInstantiated, kEvaluated, kErrored } = internalBinding('module_wrap');
const { triggerUncaughtException } = internalBinding('errors');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { Module } = require('internal/modules/cjs/loader');
const { resolve: resolveSpecifier, detected } = require('internal/modules/esm/resolve');
const { warnTypelessPackage } = require('internal/modules/esm/detect');
const { lex } = require('internal/modules/esm/cjs_exports');
const { pathToFileURL, fileURLToPath, resolveFileURL } =
  require('internal/modules/esm/file_url');
const {
  ERR_IMPORT_ASSERTION_TYPE_FAILED,
  ERR_IMPORT_ASSERTION_TYPE_MISSING,
  ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  ERR_EVAL_ESM_CANNOT_PRINT,
  ERR_INPUT_TYPE_NOT_ALLOWED,
  ERR_REQUIRE_ASYNC_MODULE,
} = require('internal/errors').codes;

// The built-ins imported so far, for syncBuiltinESMExports().
const builtinFacades = [];

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
  module(url, source) {
    source ??= url.startsWith('data:') ? sourceOfDataURL(url) : readFileUtf8(fileURLToPath(url));
    return new ModuleWrap(url, undefined, source, 0, 0);
  },

  // default = the built-in's exports, and each of its properties by name.
  // syncBuiltinESMExports() sets them again later.
  builtin(url) {
    const exports = BuiltinModule.get(url.slice('node:'.length)).compileForInternalLoader();
    const names = [...new Set(['default', ...Object.keys(exports)])];
    const wrap = new ModuleWrap(url, undefined, names, function evaluationSteps() {
      for (const name of names) this.setExport(name, name === 'default' ? exports : exports[name]);
    });
    builtinFacades.push({ wrap, exports, names });
    return wrap;
  },

  json(url, source) {
    const filename = url.startsWith('data:') ? url : fileURLToPath(url);
    const text = source ?? (url.startsWith('data:') ? sourceOfDataURL(url) :
      readFileUtf8(filename));
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

// ---- the three phases, synchronously (for require) ----

// The wraps each linked wrap was linked to, so that a graph linked in part
// by the other road can still be walked.
const dependencies = new WeakMap();

function linkWrap(wrap, requests, wraps) {
  wrap.link(requests.map((request) => request.specifier), wraps);
  linked.add(wrap);
  dependencies.set(wrap, wraps);
}

function getOrTranslate(url, format, source) {
  let wrap = moduleMap.get(url);
  if (wrap === undefined) {
    wrap = translators[format](url, source);
    moduleMap.set(url, wrap);
  }
  return wrap;
}

// The ModuleWrap of `specifier` imported from `parentURL`, made and linked
// with everything it imports (phase 1).
function getLinkedModule(specifier, parentURL, attributes, visited = new Set()) {
  const { url, format } = resolveSpecifier(specifier, parentURL);
  validateAttributes(url, format, attributes);
  const wrap = getOrTranslate(url, format);
  if (visited.has(wrap)) return wrap;  // a cycle
  visited.add(wrap);
  if (!linked.has(wrap)) {
    const requests = wrap.getModuleRequests();
    const wraps = requests.map((request) =>
      getLinkedModule(request.specifier, url, request.attributes, visited));
    if (!linked.has(wrap)) linkWrap(wrap, requests, wraps);
  } else {
    linkDependencies(wrap, visited);
  }
  return wrap;
}

// A wrap linked by an import() whose dependencies may still be loading.
function linkDependencies(wrap, visited) {
  for (const dependency of dependencies.get(wrap) ?? []) {
    if (visited.has(dependency)) continue;
    visited.add(dependency);
    if (linked.has(dependency)) {
      linkDependencies(dependency, visited);
    } else {
      const requests = dependency.getModuleRequests();
      const wraps = requests.map((request) =>
        getLinkedModule(request.specifier, dependency.url, request.attributes, visited));
      if (!linked.has(dependency)) linkWrap(dependency, requests, wraps);
    }
  }
}

// Phases 1 and 2: a graph ready to evaluate.
function getInstantiatedModule(specifier, parentURL, attributes = {}) {
  const wrap = getLinkedModule(specifier, parentURL, attributes);
  if (wrap.getStatus() < kInstantiated) wrap.instantiate();
  return wrap;
}

// ---- the three phases, asynchronously (for import() and the main module) ----

// URL -> ModuleJob. A job that failed stays failed: importing the URL again
// gives the same error, as in Node.
const jobs = new Map();

// The text of a file module or JSON file, read off the main thread; others
// (built-ins, CommonJS, data: URLs) have nothing to read here.
async function loadSource(url, format) {
  if ((format !== 'module' && format !== 'json') || !url.startsWith('file:')) return undefined;
  const { readFile } = require('internal/fs/promises').exports;
  const text = await readFile(fileURLToPath(url), 'utf8');
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

class ModuleJob {
  // `source` is given for code that has no file (-e and stdin).
  constructor(url, format, source) {
    this.url = url;
    this.modulePromise = this.load(format, source);
    this.linked = this.link();
    // Reported to whoever awaits the job (run), not as unhandled.
    this.modulePromise.catch(() => {});
    this.linked.catch(() => {});
  }

  async load(format, source) {
    source ??= await loadSource(this.url, format);
    if (detected.has(this.url.startsWith('file:') ? fileURLToPath(this.url) : '')) {
      warnTypelessPackage(this.url, fileURLToPath(this.url));
    }
    return getOrTranslate(this.url, format, source);
  }

  // Phase 1 for this module: its requests resolved (synchronously, so a bad
  // specifier fails here) and loaded; the dependency jobs, to walk on.
  async link() {
    const wrap = await this.modulePromise;
    const requests = wrap.getModuleRequests();
    const dependencyJobs = requests.map((request) =>
      getJob(request.specifier, this.url, request.attributes));
    const wraps = await Promise.all(dependencyJobs.map((job) => job.modulePromise));
    if (!linked.has(wrap)) linkWrap(wrap, requests, wraps);
    return dependencyJobs;
  }

  // Phases 2 and 3, once every job of the graph is linked.
  async run() {
    const graph = new Set([this]);
    for (const job of graph) {  // a Set iterates over what is added meanwhile
      for (const dependency of await job.linked) graph.add(dependency);
    }
    const wrap = await this.modulePromise;
    if (wrap.getStatus() < kInstantiated) wrap.instantiate();
    try {
      await wrap.evaluate();
    } catch (error) {
      throw withCommonJSHint(error, this.url);
    }
    return wrap;
  }
}

// `require`, `module`, `exports`, `__filename`, `__dirname` do not exist in
// a module: Node says so, and why a .js file is a module. (The message is
// changed before anything reads the error's stack, which V8 formats then.)
function withCommonJSHint(error, url) {
  const match = error?.name === 'ReferenceError' &&
    /^(require|module|exports|__filename|__dirname) is not defined$/.exec(error.message);
  if (!match) return error;
  error.message += ' in ES module scope';
  if (match[1] === 'require') error.message += ', you can use import instead';
  if (url.startsWith('file:') && /\.js(\?[^#]*)?(#.*)?$/.test(url)) {
    const path = require('path');
    const { packageScope } = require('internal/modules/cjs/loader');
    const scope = packageScope(path.dirname(fileURLToPath(url)));
    if (scope?.pkg.type === 'module') {
      error.message += '\nThis file is being treated as an ES module because it has a ' +
        `'.js' file extension and '${path.join(scope.folder, 'package.json')}' contains ` +
        '"type": "module". To treat it as a CommonJS script, rename it to use the ' +
        "'.cjs' file extension.";
    }
  }
  return error;
}

function getJob(specifier, parentURL, attributes = {}) {
  const { url, format } = resolveSpecifier(specifier, parentURL);
  validateAttributes(url, format, attributes);
  let job = jobs.get(url);
  if (job === undefined) {
    job = new ModuleJob(url, format);
    jobs.set(url, job);
  }
  return job;
}

// What import() in a file resolves against: its URL. A CommonJS function
// or -e code names its referrer by path (contextify.cc, bootstrap.cc).
function referrerURL(referrer) {
  if (typeof referrer !== 'string') return pathToFileURL(`${process.cwd()}/`);
  return referrer.startsWith('/') ? pathToFileURL(referrer) : referrer;
}

// Resolution is synchronous, but import() reaches it through an async
// function, as in Node: a bad specifier rejects a tick later than a throw
// would.
async function getJobForImport(specifier, parentURL, attributes) {
  return getJob(specifier, parentURL, attributes);
}

// import(specifier) from anywhere: phases 1 to 3, then the namespace.
async function importModuleDynamically(specifier, referrer, attributes) {
  const job = await getJobForImport(specifier, referrerURL(referrer), attributes);
  const wrap = await job.run();
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

// Runs an entry point's job: any error, of any phase, is an uncaught
// exception, as in Node. A top-level await that never settles leaves the
// loop with nothing to do: exit code 13.
function runEntryPoint(startJob) {
  const handleProcessExit = () => {
    process.exitCode ??= 13;
  };
  process.on('exit', handleProcessExit);
  new Promise((resolve) => resolve(startJob().run())).then(() => {
    process.off('exit', handleProcessExit);
  }, (error) => {
    process.off('exit', handleProcessExit);
    triggerUncaughtException(error, /* fromPromise= */ true);
  });
}

// The main file, when it is a module (run_main_module.js decides, or the
// CommonJS loader found module syntax in a file of no declared type).
function runMain(mainPath) {
  runEntryPoint(() => {
    if (internalBinding('process_methods').inputType) throw new ERR_INPUT_TYPE_NOT_ALLOWED();
    return getJob(pathToFileURL(mainPath), undefined);
  });
}

// -e, -p or stdin code that is a module (--input-type=module, or code that
// only parses as one). Its URL names a file that does not exist in the
// current folder, '[eval1]', as Node's does (brackets as typed, not
// escaped as a path's would be). The CommonJS globals that -e code gets
// (internal/main/prepare_eval.js) are not a module's.
function evalModule(source, print) {
  if (print) throw new ERR_EVAL_ESM_CANNOT_PRINT();
  for (const name of ['require', 'module', 'exports', '__filename', '__dirname']) {
    delete globalThis[name];
  }
  const url = resolveFileURL('./[eval1]', pathToFileURL(`${process.cwd()}/`));
  runEntryPoint(() => {
    const job = new ModuleJob(url, 'module', source);
    jobs.set(url, job);
    return job;
  });
}

// module.syncBuiltinESMExports(): the named exports of every built-in
// imported so far take the values its exports object has now (a name
// deleted since exports undefined; names added since are not exports).
function syncBuiltinESMExports() {
  for (const { wrap, exports, names } of builtinFacades) {
    if (wrap.getStatus() < kEvaluated) continue;  // it reads them when it runs
    for (const name of names) {
      if (name !== 'default') wrap.setExport(name, exports[name]);
    }
  }
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
  importModuleDynamically, initializeImportMeta, runMain, evalModule, requireESM,
  getInstantiatedModule, syncBuiltinESMExports,
};
