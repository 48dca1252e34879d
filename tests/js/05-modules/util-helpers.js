// stderr: ignore
// util: format and inspect with options, promisify (and its custom symbol),
// callbackify (a falsy rejection), inherits, deprecate (warned once per
// code), types, isDeepStrictEqual, and the argument errors.
const util = require('util');

console.log(util.format('%s has %d items costing %i, %j', 'cart', 3, 42.9, { a: 1 }), 'extra');
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }));
console.log(util.inspect('str'), util.inspect([1, 2, 3], { maxArrayLength: 1 }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));

function legacy(value, callback) {
  setImmediate(() => (value < 0 ? callback(new Error('negative')) : callback(null, value * 2)));
}
const promised = util.promisify(legacy);
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);

async function main() {
  console.log('promisified', await promised(21));
  await promised(-1).catch((err) => console.log('rejected', err.message));
  console.log(await util.promisify(withCustom)());

  const callbackified = util.callbackify(async (x) => x + 1);
  await new Promise((resolve) => callbackified(1, (err, value) => {
    console.log('callbackified', err, value);
    resolve();
  }));
  const falsy = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => falsy((err) => {
    console.log('falsy', err.code, err.message, err.reason);
    resolve();
  }));

  function Animal() {}
  Animal.prototype.speak = function speak() { return 'noise'; };
  function Dog() {}
  util.inherits(Dog, Animal);
  console.log('inherits', new Dog().speak(), Dog.super_ === Animal, new Dog() instanceof Animal);

  let warnings = 0;
  process.on('warning', (w) => { warnings++; console.log('warning', w.name, w.code, w.message); });
  const old = util.deprecate(() => 'result', 'old() is deprecated', 'DEP_TEST');
  const alsoOld = util.deprecate(() => 'other', 'same code', 'DEP_TEST');
  console.log(old(), old(), alsoOld());
  await new Promise((resolve) => setImmediate(resolve));
  console.log('warnings', warnings);

  const t = util.types;
  console.log(t.isDate(new Date()), t.isRegExp(/x/), t.isPromise(Promise.resolve()),
              t.isUint8Array(Buffer.alloc(1)), t.isTypedArray(new Float64Array(2)),
              t.isMap(new Map()), t.isProxy(new Proxy({}, {})), t.isAsyncFunction(main),
              t.isBoxedPrimitive(Object(1)), t.isTypedArray([]));

  const eq = util.isDeepStrictEqual;
  const cycleA = { name: 'a' };
  cycleA.self = cycleA;
  const cycleB = { name: 'a' };
  cycleB.self = cycleB;
  console.log('deep', eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq([1], ['1']),
              eq(new Set([{ x: 1 }, 2]), new Set([2, { x: 1 }])),
              eq(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])),
              eq(new Map([['k', 1]]), new Map([['k', 2]])), eq(NaN, NaN), eq(0, -0),
              eq(cycleA, cycleB), eq(new Date(1), new Date(2)), eq(/a/g, /a/g),
              eq(Buffer.from('ab'), Buffer.from('ab')), eq(Object.create(null), {}));

  for (const bad of [() => util.promisify(5), () => util.inherits(function A() {}, null),
                     () => util.callbackify('x'), () => util.deprecate('x')]) {
    try {
      bad();
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  console.log(util.isArray([]), util.isString('s'), util.isPrimitive(null), util.isError(new TypeError()));
  console.log(util.getSystemErrorName(-2), util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
}
main();
