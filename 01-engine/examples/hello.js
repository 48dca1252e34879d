// The smallest program: one native function (console.log) called from JS.
console.log('Hello from V8', V8Version());

function V8Version() {
  // No `process` here: stage 01 is only the engine. But the whole language is.
  return typeof WebAssembly === 'object' ? '(with WebAssembly)' : '';
}

console.log('numbers:', 42, 'and values:', [1, 'two', { three: 3 }], null, undefined);
console.log('%s is %d years old', 'Ada', 36);
console.error('console.error writes to stderr');
