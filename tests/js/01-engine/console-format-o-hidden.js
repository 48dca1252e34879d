// %o inspects with showHidden (non-enumerable properties in [brackets],
// inherited accessors of user classes, WeakMap/WeakSet contents), showProxy
// and depth 4.
console.log('%o', []);
console.log('%o', [1, 'a', [true]]);
console.log('%o', {});
console.log('%o', Object.create(null));
class Base {
  constructor() {
    this.own = 1;
  }
  get inherited() {
    return 2;
  }
  method() {}
}
class Derived extends Base {
  get derivedGetter() {
    return 3;
  }
}
Derived.prototype.protoValue = 'on the prototype';
console.log('%o', new Base());
console.log('%o', new Derived());
console.log('%o', new Uint8Array([1, 2]));
console.log('%o', new Map([['k', 'v']]));
console.log('%o', new Set(['v']));
const key1 = { id: 1 };
const key2 = { id: 2 };
console.log('%o', new WeakMap([[key1, 'one'], [key2, 'two']]));
console.log('%o', new WeakSet([key1, key2]));
const error = new Error('hidden');
error.stack = 'Error: hidden\n    at f (/app/x.js:1:1)';
console.log('%o', error);
console.log('%o', Object.defineProperty({ visible: 1 }, 'hidden', { value: 2 }));
console.log('%o', new Number(1), new String('ab'));
console.log('%o', () => {});
console.log('%o', class K {});
console.log('%o', [new Date(0), /x/g]);
console.log('%o', Promise.resolve([1]));
console.log('%o', new ArrayBuffer(2));
console.log('%o', new DataView(new ArrayBuffer(1)));
console.log('%o', { [Symbol.toStringTag]: 'Tag' });
console.log('%o', (function () { return arguments; })(1, 2));
console.log('%o', new (class Sized { get size() { return 0; } })());
