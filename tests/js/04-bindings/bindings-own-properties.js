// flags: --expose-internals
// stderr: ignore
// A binding's exports are its own data properties: a setter a script put on
// Object.prototype never swallows one. The setters go on before any of these
// bindings is asked for; this runtime builds a binding on first use, so they
// are in place while its exports are defined.
//
// Node runs it too (with --expose-internals, which prints a warning on
// stderr, hence not compared). Node defines the *methods and classes* of a
// binding it builds lazily with a plain [[Set]] (a setter does swallow
// tcp_wrap's TCP there), so this script checks the exports Node keeps as own
// properties whatever a script did: constants, the bindings it built while
// starting, and the built-in modules. The GoogleTest
// tests/04-bindings/registry_test.cc checks every export of every binding.
const internalBinding = globalThis.internalBinding ??
  require('internal/test/binding').internalBinding;

const expected = {
  stream_wrap: ['kReadBytesOrError', 'kArrayBufferOffset', 'kBytesWritten', 'kLastWriteWasAsync'],
  uv: ['UV_EOF', 'UV_ENOENT', 'UV_EADDRINUSE', 'UV_ECONNREFUSED', 'UV_EAGAIN', 'UV_EINVAL',
       'UV_EPIPE', 'UV_ECANCELED'],
  types: ['isDate', 'isPromise', 'isRegExp', 'isMap', 'isSet', 'isProxy', 'isNativeError',
          'isAnyArrayBuffer', 'isBoxedPrimitive'],
  buffer: ['kMaxLength', 'kStringMaxLength'],
};
const modules = {
  fs: ['readFile', 'readFileSync', 'stat', 'statSync', 'promises', 'Stats', 'Dirent'],
  crypto: ['createHash', 'pbkdf2', 'pbkdf2Sync', 'randomBytes'],
  dns: ['lookup', 'promises'],
  zlib: ['gzip', 'gzipSync', 'gunzipSync'],
};

// A setter for every name, on the prototype every exports object inherits.
const swallowed = [];
const names = new Set([...Object.values(expected), ...Object.values(modules)].flat());
for (const name of names) {
  Object.defineProperty(Object.prototype, name, {
    set(value) { swallowed.push(name); },
    configurable: true,
  });
}

function check(label, exports, list) {
  const missing = list.filter((name) => !Object.hasOwn(exports, name));
  const kinds = [...new Set(list.map((name) => typeof exports[name]))].sort();
  const parts = [`${label}: ${list.length - missing.length}/${list.length} own`];
  if (missing.length) parts.push(`missing ${missing.join(' ')}`);
  console.log(...parts, kinds.join(' '));
}

for (const [binding, list] of Object.entries(expected)) {
  check(`internalBinding('${binding}')`, internalBinding(binding), list);
}
for (const [id, list] of Object.entries(modules)) {
  check(`require('${id}')`, require(id), list);
}
console.log('setters that ran:', swallowed.length ? swallowed.join(' ') : 'none');

for (const name of names) delete Object.prototype[name];
