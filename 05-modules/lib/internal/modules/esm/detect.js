// Syntax detection: is a file of no declared type (a .js or extensionless
// file whose package.json says no "type", or -e/stdin code without
// --input-type) CommonJS or an ES module? (Node 20.19 and later, where
// --experimental-detect-module is on by default: node_contextify.cc's
// ShouldRetryAsESM, lib/internal/modules/esm/get_format.js.)
//
// The answer comes from the parser, not from a lexer of our own: compile the
// text as CommonJS (a function with the wrapper's parameters, or a script);
// only when that fails with one of the errors that module syntax causes is
// it an ES module:
//
//   import x from 'y'     "Cannot use import statement outside a module"
//   export const x = 1    "Unexpected token 'export'"
//   import.meta           "Cannot use 'import.meta' outside a module"
//
// A few errors are CommonJS's own but valid module code: a top-level
// `await`, and `const require = ...` (the wrapper's parameters are declared
// twice). For those the text is compiled again as a module, and is one when
// that succeeds. Text that is valid CommonJS stays CommonJS, even when it
// would also be a valid module: detection only ever rescues a failure, so a
// program that ran before runs the same.
'use strict';

const { ModuleWrap } = internalBinding('module_wrap');
const { compileFunction } = internalBinding('contextify');

const kModuleSyntaxErrors = new Set([
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
]);
const kCommonJSOnlyErrors = new Set([
  "Identifier 'module' has already been declared",
  "Identifier 'exports' has already been declared",
  "Identifier 'require' has already been declared",
  "Identifier '__filename' has already been declared",
  "Identifier '__dirname' has already been declared",
  'await is only valid in async functions and the top level bodies of modules',
]);
const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// Compiling as CommonJS threw `error`: is `source` an ES module instead?
function shouldRetryAsESM(error, source) {
  if (!(error instanceof SyntaxError)) return false;
  if (kModuleSyntaxErrors.has(error.message)) return true;
  // V8 10.2 names a top-level await inside an expression by the token it
  // trips on ("missing ) after argument list" for `f(await x)`) where Node
  // 20's V8 says "await is only valid ...": with an `await` in the text, any
  // syntax error earns the second compile. (Text that fails as CommonJS yet
  // parses as a module, whose rules are stricter, can only be using module
  // syntax.)
  if (!kCommonJSOnlyErrors.has(error.message) && !/\bawait\b/.test(source)) return false;
  try {
    // Compiled, never linked nor run; the record is garbage at once.
    new ModuleWrap('detect:', undefined, source, 0, 0);
    return true;
  } catch {
    return false;
  }
}

// The whole question for a file's text (the ESM loader's, which has not
// tried CommonJS yet). A CommonJS syntax error answers false: the CommonJS
// loader reports it later, as for any file.
function containsModuleSyntax(source, filename) {
  try {
    compileFunction(source, filename, 0, 0, undefined, false, undefined, undefined,
                    kWrapperParams);
    return false;
  } catch (error) {
    return shouldRetryAsESM(error, source);
  }
}

// A file declared CommonJS that fails on module syntax: Node says how to
// make it a module, at once (the SyntaxError that follows may end the
// process before the next tick).
function warnIfModuleSyntax(error) {
  if (!(error instanceof SyntaxError) || !kModuleSyntaxErrors.has(error.message)) return;
  const warning = new Error('To load an ES module, set "type": "module" in the package.json ' +
                            'or use the .mjs extension.');
  warning.name = 'Warning';
  process.emit('warning', warning);
}

// Node warns when a package.json exists but says no "type": adding
// "type": "module" spares every start the second parse. Once per
// package.json; never for require(), nor under node_modules (not the
// user's to change).
const warnedPackages = new Set();
function warnTypelessPackage(url, filename) {
  const path = require('path');
  const scope = require('internal/modules/cjs/loader').packageScope(path.dirname(filename));
  if (scope === null) return;
  const jsonPath = path.join(scope.folder, 'package.json');
  if (warnedPackages.has(jsonPath)) return;
  warnedPackages.add(jsonPath);
  process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as ` +
                      'CommonJS.\nReparsing as ES module because module syntax was ' +
                      'detected. This incurs a performance overhead.\nTo eliminate this ' +
                      `warning, add "type": "module" to ${jsonPath}.`,
                      { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

module.exports = {
  shouldRetryAsESM, containsModuleSyntax, warnTypelessPackage, warnIfModuleSyntax,
};
