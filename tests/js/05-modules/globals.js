// The globals Node adds to the language's, and how they are defined.
const names = ['global', 'process', 'console', 'Buffer', 'setTimeout', 'queueMicrotask',
               'performance', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'AbortController',
               'AbortSignal', 'Event', 'EventTarget', 'DOMException'];
for (const name of names) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], descriptor.enumerable);
}
console.log(global === globalThis, typeof require, typeof module, typeof exports,
            typeof internalBinding);
globalThis.TextEncoder = 'replaced';
console.log(TextEncoder);
