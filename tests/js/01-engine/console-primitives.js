// Numbers, bigints, booleans, symbols, undefined and null, on their own and
// inside containers, as console.log prints them.
console.log(1, 0, -0, 1.5, -2.25, NaN, Infinity, -Infinity);
console.log(1e21, 1e-7, 123456789012345680000, 0.1 + 0.2, 2 ** 53, -(2 ** 31));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log([0, -0, +0.0, -0.0]);
console.log({ zero: -0, nan: NaN, inf: -Infinity });
console.log(1n, -1n, 0n, 12345678901234567890123456789n);
console.log([1n, 2n], { big: 10n ** 30n });
console.log(true, false, [true, false]);
console.log(undefined, null, [undefined, null], { u: undefined, n: null });
console.log(Symbol(), Symbol('x'), Symbol('with space'), Symbol.iterator, Symbol.for('reg'));
console.log([Symbol('in array')], { s: Symbol('in object') });
console.log(Symbol('new\nline'), [Symbol('new\nline')]);
console.log();
console.log('');
console.log(' ');
console.log(typeof 1, typeof 1n, typeof Symbol());
