// Promises show their state without attaching handlers.
console.log(Promise.resolve(1));
console.log(Promise.resolve({ a: [1, 2] }));
console.log(new Promise(() => {}));
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
const noStack = new Error('rejected');
noStack.stack = 'Error: rejected';
const rejectedNoStack = Promise.reject(noStack);
rejectedNoStack.catch(() => {});
console.log(rejectedNoStack);
const rejectedValue = Promise.reject(42);
rejectedValue.catch(() => {});
console.log(rejectedValue);
console.log([Promise.resolve('in array')], { p: Promise.resolve(undefined) });
const withProp = Promise.resolve(2);
withProp.tag = 'extra';
console.log(withProp);
console.log(Promise.resolve(Promise.resolve(3)));
console.log((async () => 'async result')());
console.log((async () => { await null; })());
class MyPromise extends Promise {}
console.log(MyPromise.resolve(4));
console.log({ l1: { l2: { l3: Promise.resolve(1) } } });
console.log(Promise.resolve('x'.repeat(90)));
