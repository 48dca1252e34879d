// Key order (integer keys first, then strings in insertion order, then
// symbols) and which keys Node writes without quotes.
console.log({ b: 1, a: 2, 2: 'two', 1: 'one', [Symbol('s')]: 3, c: 4 });
console.log({ '01': 1, 1: 2, '1.0': 3, '-0': 4, 4294967295: 5, 4294967294: 6 });
console.log({ camelCase: 1, snake_case: 2, PascalCase: 3, _private: 4, __dunder__: 5 });
console.log({ 'with-dash': 1, 'with.dot': 2, 'with space': 3, 'with$dollar': 4, '9lives': 5 });
console.log({ 'ünïcödé': 1, '日本': 2, 'emoji😀': 3 });
console.log({ "single'quote": 1, 'double"quote': 2, 'both\'"': 3, 'back`tick': 4 });
console.log({ 'tab\tkey': 1, 'nul\0key': 2, 'esc\x1bkey': 3 });
console.log({ true: 1, null: 2, undefined: 3, NaN: 4, class: 5, function: 6 });
console.log({ [Symbol('a b')]: 1, [Symbol('')]: 2, [Symbol()]: 3 });
const order = {};
order.z = 1;
order[10] = 2;
order.a = 3;
order[2] = 4;
delete order.z;
order.z = 5;
console.log(order);
console.log(Object.keys(order));
