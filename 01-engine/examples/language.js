// Everything in ECMAScript is V8's: classes, generators, promises, BigInt,
// Intl. None of it needs the runtime around the engine.
class Counter {
  #count = 0;
  increment() {
    return ++this.#count;
  }
}
const counter = new Counter();
counter.increment();
console.log('counter:', counter.increment());

function* fibonacci() {
  let [a, b] = [0n, 1n];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const first = [];
for (const n of fibonacci()) {
  if (first.push(n) === 12) break;
}
console.log('fibonacci:', first.join(' '));

// Promise jobs run at V8's microtask checkpoint, after the script ends.
Promise.resolve('later').then((word) => console.log('a promise job runs', word));
console.log('the script ends first');
