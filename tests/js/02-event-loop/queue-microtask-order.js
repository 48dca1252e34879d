// queueMicrotask and promise reactions share V8's queue, in FIFO order.
queueMicrotask(() => console.log('q1'));
Promise.resolve().then(() => console.log('p1'));
queueMicrotask(() => {
  console.log('q2');
  queueMicrotask(() => console.log('q3 (nested)'));
  Promise.resolve().then(() => console.log('p3 (nested)'));
});
Promise.resolve().then(() => console.log('p2'));
console.log('sync');
