// util.format's specifiers, as console.log applies them to its first
// argument when that is a string.
console.log('%s', 'string', 'extra');
console.log('%s|%s|%s|%s', 1, -0, 1.5, NaN);
console.log('%s|%s', 10n, Symbol('s'));
console.log('%s|%s|%s', undefined, null, true);
console.log('%s', { a: 1, nested: { deep: 1 } });
console.log('%s', [1, [2, [3]]]);
console.log('%s', new Map([[1, { a: 1 }]]));
console.log('%s', new Date(0));
console.log('%s', function named() { return 1; });
console.log('%s', () => 2);
console.log('%s', { toString() { return 'own toString'; } });
class WithToString {
  toString() {
    return 'class toString';
  }
}
console.log('%s', new WithToString());
class Plain {
  constructor() {
    this.p = 1;
  }
}
console.log('%s', new Plain());
console.log('%s', Object.create(null));
console.log('%s', { [Symbol.toPrimitive]() { return 'to primitive'; } });
const errorForS = new Error('for %s');
errorForS.stack = 'Error: for %s';
console.log('%s', errorForS);
console.log('%d|%d|%d|%d', 42, '42', '0x10', 'abc');
console.log('%d|%d|%d|%d', 1.5, -0, 10n, {});
console.log('%d|%d|%d', Symbol('d'), null, undefined);
console.log('%d|%d', [], [7]);
console.log('%d', Object(5n));
console.log('%i|%i|%i|%i', 42.9, '42.9abc', '-0', ' 12 ');
console.log('%i|%i|%i|%i', '0x1F', 'abc', 7n, Symbol('i'));
console.log('%i|%i', -0.5, '1e3');
console.log('%f|%f|%f|%f', 1.5, '1.5e3x', 'abc', ' .5');
console.log('%f|%f|%f|%f', '-Infinity', Symbol('f'), -0, '1e');
console.log('%j', { a: 1, b: [1, 2], c: 'str' });
console.log('%j|%j|%j', 'str', 1, null);
console.log('%j|%j', undefined, () => {});
const circular = { name: 'c' };
circular.self = circular;
console.log('%j', circular);
console.log('%j', { toJSON() { return 'from toJSON'; } });
console.log('%o', { a: 1, b: [1, 2] });
console.log('%o', [1, 2, 3]);
console.log('%o', 'string');
console.log('%o', function foo() {});
console.log('%o', { f() {}, arrow: () => {} });
console.log('%o', { l1: { l2: { l3: { l4: { l5: {} } } } } });
console.log('%O', { a: 1, b: [1, 2] });
console.log('%O', { l1: { l2: { l3: { l4: {} } } } });
console.log('%O', 'string');
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%%', 'done');
console.log('100%%');
console.log('%%s', 'not a specifier');
console.log('%s%%', 50);
console.log('%x %y %', 1);
console.log('%s and %s', 'only one');
console.log('%s');
console.log('%', 1);
console.log('trailing %', 'arg');
console.log('a%sb%sc', 1, 2, 3, 'four', { five: 5 });
console.log('no specifiers', 'but', 'args', 1, { a: 1 });
console.log(1, '%s', 'first is not a string');
console.log({ a: 1 }, '%d', 2);
console.log('%s:%d:%i:%f:%j:%o:%O:%c.', 's', 1, 2, 3, [4], 5, 6, 'css');
console.log('%s', 'multi\nline', 'next');
console.log('%s', '');
console.log('%d%d', 1);
console.log('%%%s%%', 'x');
console.log('%s %s', ['a', 'b'], new Set([1]));
console.log('%s', [1, [2, [3, [4]]]]);
console.log('%s', { level1: { level2: 1 } });
console.log('%s', new Error('stack? no.').message);
console.log('%O', [new Map([[1, 2]])]);
console.log('%o', new Map([[1, { a: [1] }]]));
console.log('%o', new Set([1]));
console.log('%o', [[1, [2, [3, [4, [5, [6]]]]]]]);
