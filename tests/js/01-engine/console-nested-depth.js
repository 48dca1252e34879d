// Nesting deeper than depth 2 prints [Object], [Array] and friends.
console.log({ a: { b: { c: { d: 1 } } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log([[[[]]]], [[[{}]]], [[[[1]]]]);
console.log({ l1: { l2: { l3: {} } } });
console.log({ l1: { l2: { l3: [] } } });
console.log({ l1: { l2: { l3: { x: 1 } } } });
console.log({ l1: { l2: { l3: [1] } } });
class Deep {
  constructor() {
    this.inner = 1;
  }
}
console.log({ l1: { l2: { l3: new Deep() } } });
console.log({ l1: { l2: { l3: Object.assign(Object.create(null), { a: 1 }) } } });
console.log({ l1: { l2: { l3: new Map([[1, 2]]), s: new Set([1]) } } });
console.log({ l1: { l2: { l3: new Uint8Array(2), r: /re/g, d: new Date(0) } } });
console.log({ l1: { l2: { l3: function f() {}, g: Object.assign(() => {}, { p: 1 }) } } });
console.log({ l1: { l2: { l3: new Error('deep').message } } });
console.log({ l1: { l2: { l3: Promise.resolve(1), w: new WeakMap() } } });
console.log({ l1: { l2: { l3: new Number(1), s: new String('s') } } });
console.log({ l1: { l2: { l3: [1, 2], tagged: { [Symbol.toStringTag]: 'T', x: 1 } } } });
const wide = {};
for (let i = 0; i < 30; i++) wide['key' + i] = { nested: { deep: { deeper: i } } };
console.log(wide);
let chain = {};
const root = chain;
for (let i = 0; i < 10000; i++) {
  chain.next = {};
  chain = chain.next;
}
console.log(root);
let arrays = [];
const arrayRoot = arrays;
for (let i = 0; i < 10000; i++) {
  arrays.push([]);
  arrays = arrays[0];
}
console.log(arrayRoot);
