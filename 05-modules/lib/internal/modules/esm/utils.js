// Gives V8 the host's answers for import() and import.meta, without
// loading the ESM loader. (Node: lib/internal/modules/esm/utils.js,
// initializeESM.)
//
// V8 asks the host (module_wrap.cc) when any code calls import() or a
// module first reads import.meta; the callbacks must be in place before
// the first line of user code runs. What answers, the loader, is loaded on
// the first such call: a program that never imports costs one binding and
// this file at start-up.
'use strict';

const {
  setImportModuleDynamicallyCallback,
  setInitializeImportMetaObjectCallback,
} = internalBinding('module_wrap');

function initializeESM() {
  // An async function, as Node's callback is: its promise, not the
  // loader's, is what import() returns, and the microtask ticks between
  // them decide where a settled import() lands among other promise
  // callbacks (tests/js/05-modules/esm-import-order.mjs).
  setImportModuleDynamicallyCallback(async function importModuleDynamically(specifier, referrer,
                                                                            attributes) {
    return require('internal/modules/esm/loader')
      .importModuleDynamically(specifier, referrer, attributes);
  });
  setInitializeImportMetaObjectCallback(function initializeImportMeta(meta, wrap) {
    require('internal/modules/esm/loader').initializeImportMeta(meta, wrap);
  });
}

module.exports = { initializeESM };
