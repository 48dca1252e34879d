// A nextTick queued inside a promise job waits until the microtask queue is empty.
Promise.resolve()
  .then(() => {
    console.log('promise 1');
    process.nextTick(() => console.log('tick from promise 1'));
  })
  .then(() => console.log('promise 2'))
  .then(() => console.log('promise 3'));
Promise.resolve().then(() => console.log('promise A'));
