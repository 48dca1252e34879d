// util.inspect's `sorted` and `getters` options.
'use strict';
const util = require('util');

const object = {
  b: 1,
  a: { d: 1, c: 2 },
  get g() { return { z: 1 }; },
  set s(v) {},
  get gs() { return 1; },
  set gs(v) {},
  get n() { return null; },
  get t() { throw new Error('no'); },
  get str() { return 'text'; },
};
console.log(util.inspect(object, { sorted: true }));
console.log(util.inspect(object, { getters: true }));
console.log(util.inspect(object, { getters: 'get' }));
console.log(util.inspect(object, { getters: 'set' }));
console.log(util.inspect(object, { getters: false, sorted: false }));
console.log(util.inspect(new Map([['b', 1], ['a', 2], ['c', 0]]), { sorted: true }));
console.log(util.inspect(new Set([3, 1, 2]), { sorted: true }));
console.log(util.inspect(new Set([3, 1, 2]), { sorted: (a, b) => (a < b ? 1 : -1) }));
const array = [3, 1, 2];
array.z = 1;
array.y = 2;
console.log(util.inspect(array, { sorted: true }));
console.log(util.inspect({ c: 1, b: { y: 1, x: 2 }, a: [2, 1] }, { sorted: true, compact: false }));
class Temperature {
  constructor() { this.celsius = 20; }
  get fahrenheit() { return this.celsius * 1.8 + 32; }
}
const accessor = Object.defineProperty({}, 'f', {
  enumerable: true,
  get() { return new Temperature().fahrenheit; },
});
console.log(util.inspect(accessor, { getters: true }));
console.log(util.inspect({ get deep() { return { a: { b: { c: {} } } }; } }, { getters: true, depth: 1 }));
