// What import() rejects with: ERR_MODULE_NOT_FOUND (files and packages),
// ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION, unknown
// built-ins, bad specifiers and URL schemes, package "exports" that hide a
// subpath, a JSON file without its import attribute, a module that does
// not parse, one that imports a missing export, one that throws while it
// runs (the same error again on the next import), and a missing import
// deep in a graph.
const path = require('path');

const show = (value) => String(value).split(__dirname).join('DIR');

async function attempt(label, specifier, fromFixtures = false) {
  try {
    const namespace = fromFixtures ? await (await import('./esm/load-from-here.mjs')).load(specifier) :
      await import(specifier);
    console.log(label, 'loaded', Object.keys(namespace));
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(show(error.message)));
    if (error.url) console.log('  url', show(error.url));
  }
}

(async () => {
  await attempt('missing file', './esm/nope.mjs');
  await attempt('no extension guessing', './esm/counter');
  await attempt('no directory import', './esm/pkg-type/sub');
  await attempt('trailing slash', './esm/pkg-type/sub/');
  await attempt('unknown extension', './esm/notes.txt');
  await attempt('missing package', 'no-such-package');
  await attempt('missing package subpath', 'no-such-package/sub');
  await attempt('invalid package name', '@scope-only');
  await attempt('unknown node: builtin', 'node:no-such-builtin');
  await attempt('unsupported scheme', 'https://example.com/a.mjs');
  await attempt('hidden by exports', 'dual/hidden', true);
  await attempt('not exported', 'dual/nope', true);
  await attempt('json without attribute', './esm/data.json');
  await attempt('syntax error', './esm/bad-syntax.mjs');
  await attempt('missing export', './esm/missing-export.mjs');
  await attempt('throws', './esm/throws.mjs');
  await attempt('throws again', './esm/throws.mjs');
  await attempt('missing deep import', './esm/imports-missing.mjs');
  await attempt('file URL', `file://${path.join(__dirname, 'esm', 'counter.mjs')}`);
  await attempt('absolute path', path.join(__dirname, 'esm', 'counter.mjs'));
  await attempt('data: URL', 'data:text/javascript,export default 42');
  await attempt('relative to the fixture', './counter.mjs', true);
  await attempt('relative to this script', './counter.mjs');
})();
