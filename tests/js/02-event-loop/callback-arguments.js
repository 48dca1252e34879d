// Extra arguments reach the callback.
setImmediate((...args) => console.log('immediate', args), [1], { k: 'v' });
process.nextTick((a, b, c) => console.log('tick', a, b, c), 'a', 'b', 'c');
setImmediate(function () {
  console.log('immediate this has hasRef:', typeof this.hasRef);
  // From here on, timers: in the main script they would race the immediates.
  // The interval is set by the timeout's callback, so that their order never
  // depends on how long apart they were set.
  setTimeout((a, b) => {
    console.log('timeout', a, b);
    const i = setInterval((n) => {
      console.log('interval', n);
      clearInterval(i);
    }, 5, 42);
  }, 1, 'x', 2);
});
