// Plain objects, keys that need quotes, symbols, null prototypes, class
// instances, accessors.
console.log({});
console.log({ a: 1 });
console.log({ a: 1, 'b-c': 2, [Symbol('s')]: 3 });
console.log({ a: { b: 1 }, c: [1, 2], d: 'str' });
console.log({ __proto__: { inherited: true }, own: 1 });
console.log({ ['__proto__']: 'own proto key' });
console.log(Object.create(null));
const bare = Object.create(null);
bare.x = 1;
bare.y = { z: 2 };
console.log(bare);
console.log(Object.create(Object.create(null)));
class Foo {
  constructor() {
    this.x = 1;
  }
}
console.log(new Foo());
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() {
    return Math.hypot(this.x, this.y);
  }
}
console.log(new Point(3, 4));
const accessors = {
  get onlyGet() {
    throw new Error('getters are not called');
  },
  set onlySet(v) {},
  get both() {
    return 1;
  },
  set both(v) {},
  value: 'plain',
};
console.log(accessors);
const hidden = {};
Object.defineProperty(hidden, 'invisible', { value: 1, enumerable: false });
Object.defineProperty(hidden, 'visible', { value: 2, enumerable: true });
console.log(hidden);
const symbols = { [Symbol()]: 'no description', [Symbol.iterator]: 'well known' };
symbols[Symbol.for('registered')] = 'registered';
Object.defineProperty(symbols, Symbol('hidden'), { value: 1, enumerable: false });
console.log(symbols);
console.log({ [Symbol("it's")]: 1, [Symbol('new\nline')]: 2 });
function Legacy() {
  this.v = 1;
}
console.log(new Legacy());
const anon = new (class {})();
console.log(anon);
const protoNoCtor = Object.create({ inherited: 1 });
protoNoCtor.own = 2;
console.log(protoNoCtor);
const tagged = { [Symbol.toStringTag]: 'Custom', a: 1 };
console.log(tagged);
class Tagged {
  get [Symbol.toStringTag]() {
    return 'TagValue';
  }
}
console.log(new Tagged());
class SameTag {
  get [Symbol.toStringTag]() {
    return 'SameTag';
  }
}
console.log(new SameTag());
const nullTagged = Object.create(null);
nullTagged[Symbol.toStringTag] = 'hidden?';
console.log(nullTagged);
console.log(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' }));
console.log({ a: undefined, b: null, c: NaN });
console.log({ 'constructor': 'own constructor key' });
const ctorOverride = { constructor: { name: 'NotAFunction' } };
console.log(ctorOverride);
