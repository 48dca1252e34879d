// util.inspect with `colors: true`: each kind of value in the style
// util.inspect.styles gives it (numbers yellow, strings green, ...), inside
// objects, arrays, Maps, Sets, errors and classes, and laid out as if the
// colour codes took no room.
'use strict';
const util = require('util');

const show = (value, options) => console.log(util.inspect(value, { colors: true, ...options }));

// Every kind of primitive, and the objects with a style of their own.
[1, -0, NaN, 12345678901234567890n, 'text', "it's", true, false, undefined, null,
 Symbol('sym'), Symbol(), new Date(0), new Date(NaN), /re+/gi, function named() {},
 () => {}, class Shape {}, async function* generate() {}, Math.max].forEach((value) => show(value));

// Boxed primitives: coloured whole, unless they carry properties.
show(new Number(3));
show(new String('abc'));
show(new Boolean(false));
show(Object(Symbol('boxed')));
show(Object(5n));
show(Object.assign(new Number(4), { extra: true }));

// Keys: plain names are unstyled by default ('name' has no style), quoted
// keys are strings, symbol keys symbols, hidden keys plain.
show({ plain: 1, 'needs-quotes': 2, [Symbol('key')]: 3, __proto__x: 4, 'line\nbreak': 5 });
show([1, 2], { showHidden: true });

// Accessors, with and without the getters option.
const accessors = {
  get value() { return 42; },
  set onlySet(v) {},
  get both() { return 'b'; },
  set both(v) {},
  get none() { return null; },
  get nested() { return { deep: [1] }; },
  get broken() { throw new Error('getter failed'); },
};
show(accessors);
show(accessors, { getters: true });

// Nesting, the depth limit and circular references.
show({ level1: { level2: { level3: { level4: 'hidden' } } }, list: [[1, [2, [3, [4]]]]] });
show({ a: { b: {} }, arr: [[]] }, { depth: 0 });
const circular = { name: 'loop', items: [] };
circular.self = circular;
circular.items.push(circular, { back: circular });
show(circular);

// Arrays: holes, many items (grouped into aligned columns), extra keys.
show([1, , 3, , , 6]);
show(new Array(3));
show(Array.from({ length: 40 }, (_, i) => i * 7));
show(Array.from({ length: 30 }, (_, i) => `item${i}`));
show(Array.from({ length: 120 }, (_, i) => i));
show(Object.assign(['x', 'y'], { key: 'value' }));
show([null, undefined, true, 1n, Symbol.iterator, 'mixed', 2.5, -3]);

// Maps, Sets, their iterators, typed arrays and buffers.
show(new Map([['one', 1], [{ key: true }, [null, undefined]], [Symbol('m'), new Set([1n])]]));
show(new Set(['a', 2, false, null]));
show(new Map([[1, 2], [3, 4]]).entries());
show(new Set(['v']).values());
show(new Map(), {});
show(new Uint8Array([0, 127, 255]));
show(new Float64Array([1.5, -0, NaN, Infinity]));
show(new BigInt64Array([1n, -2n]));
show(new ArrayBuffer(4));
show(new DataView(new ArrayBuffer(2)));
show(new Uint8Array(2), { showHidden: true });
show(new WeakMap());
show(new WeakSet([{}]), { showHidden: false });

// Promises.
show(Promise.resolve({ resolved: 1 }));
show(new Promise(() => {}));
const rejected = Promise.reject(new RangeError('no'));
rejected.catch(() => {});
show({ rejected }, { depth: 0 });

// Classes and their instances, inherited properties with showHidden.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
}
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
show(Point);
show(Point3);
show(new Point(3, 4));
show(new Point3());
show(Object.assign(Object.create(null), { bare: 'yes' }));
show(Object.create(null));
function Legacy() { this.old = true; }
Legacy.prototype.shared = 'inherited';
show(new Legacy(), { showHidden: true });
show(Object.assign(function withProps() {}, { prop: 1 }));
show(Object.assign(/x/, { flag: 'set' }));
show(Object.assign(new Date(86400000), { when: 'later' }));

// Proxies.
show(new Proxy({ target: 1 }, {}), { showProxy: true });
show(new Proxy([1], {}), { showProxy: true, depth: -1 });
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
show(proxy);

// Long strings are split into coloured pieces.
show('first line of a rather long string\nsecond line that makes it too long to fit');
show({ text: 'x'.repeat(90) });
show('y'.repeat(30), { maxStringLength: 10 });

// A custom inspect method gets colors: true and a stylize that colours.
show({
  [util.inspect.custom](depth, options, inspect) {
    return `${options.stylize('custom', 'special')} ${options.stylize(7, 'number')} ` +
      `${options.colors} ${options.stylize('plain', 'no-such-style')} ` +
      inspect({ inner: 1 }, options);
  },
});
show({ wrapped: { [util.inspect.custom]: () => ({ replaced: 'value' }) } });

// Options combined with colours.
show({ b: 2, a: [3, 1], c: 'z' }, { sorted: true });
show({ long: 1234567.891, big: 1234567n }, { numericSeparator: true });
show({ a: 1, b: { c: 2 } }, { compact: false });
show({ a: 'short', b: 'entries' }, { breakLength: 10 });
show({ a: 1, b: 2 }, { colors: false });

// The legacy form: inspect(value, showHidden, depth, colors).
console.log(util.inspect({ a: [1, { b: 2 }] }, false, 0, true));
console.log(util.inspect([1, 'two'], true, null, true));
