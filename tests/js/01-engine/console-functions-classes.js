// Functions and classes: kind, name, properties.
function named() {}
console.log(named, function () {}, () => {}, (x) => x * 2);
console.log(async function af() {}, async () => {});
console.log(function* gen() {}, async function* agen() {});
const obj = {
  method() {},
  async am() {},
  *gm() {},
  async *agm() {},
  arrow: () => {},
  ['computed' + 1]() {},
  [Symbol('sym')]() {},
  get g() { return 1; },
};
console.log(obj);
console.log(obj.method, obj.computed1, Object.values(obj));
class A {}
class B extends A {}
class C extends B {
  static s = 1;
}
console.log(A, B, C);
console.log([A, B], { A });
console.log(class {}, class extends A {});
const Anon = class {};
console.log(Anon);
class WithStatic {
  static count = 3;
  static helper() {}
}
console.log(WithStatic);
function withProps() {}
withProps.x = 1;
withProps.nested = { deep: true };
console.log(withProps);
const bound = named.bind(null);
console.log(bound);
console.log(Math.max, Array.prototype.push, Object, Function, Symbol);
console.log(console.log);
console.log(new Function('a', 'return a'));
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'changed' });
console.log(renamed);
const nameless = function () {};
Object.defineProperty(nameless, 'name', { value: '' });
console.log(nameless);
const numberName = () => {};
Object.defineProperty(numberName, 'name', { value: 42 });
console.log(numberName);
const nullProtoFn = function np() {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(nullProtoFn);
class NullBase extends null {}
console.log(NullBase);
class /* comment */ Commented /* { */ {}
console.log(Commented);
console.log(class { m() { return '()'; } });
const ParenInName = class {
  ['a(b)']() {}
};
console.log(ParenInName);
class Outer {
  static Inner = class {};
}
console.log(Outer.Inner, { Inner: Outer.Inner });
console.log([function () {}, function named2() {}]);
function fnWithPrototypeProp() {}
fnWithPrototypeProp.prototype.x = 1;
console.log(fnWithPrototypeProp, new fnWithPrototypeProp());
console.log(Symbol.for, Promise.resolve, JSON.stringify);
const taggedFn = function tf() {};
taggedFn[Symbol.toStringTag] = 'Tag';
console.log(taggedFn);
class StaticName {
  static name = 'Overridden';
}
console.log(StaticName);
const methods = { classify() {}, class() {}, 'class x'() {} };
console.log(methods.classify, methods.class, methods['class x'], methods);
