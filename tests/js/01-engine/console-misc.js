// Arguments objects, generators, globalThis, Math and JSON, iterators of
// arrays and strings, and other built-in objects.
(function () {
  console.log(arguments);
})(1, 'two', { three: 3 });
(function () {
  console.log(arguments);
})();
function* generator() {
  yield 1;
}
console.log(generator());
async function* asyncGenerator() {}
console.log(asyncGenerator());
console.log(Math, JSON, Reflect);
console.log(globalThis === globalThis.globalThis);
console.log(typeof globalThis);
console.log([1, 2][Symbol.iterator](), 'ab'[Symbol.iterator]());
console.log([1, 2].entries());
console.log(new WeakRef({}));
console.log(Object.prototype, Array.prototype, Function.prototype);
console.log(Map.prototype, Set.prototype, Promise.prototype);
console.log(Error.prototype, RegExp.prototype, Date.prototype);
console.log(Symbol.prototype, Number.prototype, String.prototype);
console.log(Object.getPrototypeOf(function* () {}));
console.log(new (class Foo { constructor() { this.a = 1; } })().constructor);
const frozen = Object.freeze({ frozen: true });
console.log(frozen, Object.seal([1]));
console.log([undefined, , null]);
console.log(Object(1) instanceof Number, [] instanceof Object);
console.log(new Intl.NumberFormat('en-US').format(1234.5));
console.log(Intl.DateTimeFormat.name);
label: {
  console.log('labels and blocks');
  break label;
}
console.log(Array.prototype.slice.call('abc'));
console.log(Object.entries({ a: 1, b: 2 }), Object.fromEntries([['c', 3]]));
