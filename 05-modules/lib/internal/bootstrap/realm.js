// The loader of built-in modules: `require` for lib/ itself.
// (Node: lib/internal/bootstrap/realm.js.)
//
// Called once, first of all the JavaScript, with `process` and the
// `internalBinding` of stage 04. Returns what the rest of the bootstrap
// needs: { internalBinding, require, BuiltinModule }.
//
// A built-in module is compiled (by the `builtins` binding) as a function of
// (exports, require, module, process, internalBinding), called once, the
// first time someone requires it; its `module.exports` is then cached here,
// like a user's module in the CommonJS loader, but by id ('events',
// 'internal/errors') rather than by file name. Ids under internal/ can be
// required only by other built-ins.
'use strict';

const bindingCache = new Map();

// Every binding object, asked for once and kept (04's registry builds each
// on first use; this cache saves the trip into C++).
function internalBinding(name) {
  let exports = bindingCache.get(name);
  if (exports === undefined) {
    exports = getInternalBinding(name);
    bindingCache.set(name, exports);
  }
  return exports;
}

const { builtinIds, compileFunction, exposeInternals } = internalBinding('builtins');

// id -> BuiltinModule, made when a built-in is first asked for: a program
// loads a few dozen of the binary's built-ins, and every start-up runs this.
const builtinIdSet = new Set(builtinIds);
const modules = new Map();

class BuiltinModule {
  // The built-in `id`, or undefined when the binary has none of that name.
  static get(id) {
    let mod = modules.get(id);
    if (mod === undefined && builtinIdSet.has(id)) {
      mod = new BuiltinModule(id);
      modules.set(id, mod);
    }
    return mod;
  }

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) {
    return builtinIdSet.has(id);
  }

  // What a user's require() may load: everything but internal/*, unless
  // the command line says --expose-internals.
  static canBeRequiredByUsers(id) {
    return builtinIdSet.has(id) && (exposeInternals || !id.startsWith('internal/'));
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    return builtinIds.filter((id) => !id.startsWith('internal/'));
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;  // a cycle sees partial exports
    this.loading = true;
    try {
      const fn = compileFunction(this.id);
      fn(this.exports, requireBuiltin, this, process, internalBinding);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

function requireBuiltin(id) {
  const mod = BuiltinModule.get(id);
  if (mod === undefined) throw new Error(`No such built-in module: ${id}`);
  return mod.compileForInternalLoader();
}

const loaderExports = { internalBinding, require: requireBuiltin, BuiltinModule };
// require('internal/bootstrap/realm') is this file's result, not a second run.
const self = BuiltinModule.get('internal/bootstrap/realm');
self.exports = loaderExports;
self.loaded = true;
return loaderExports;
