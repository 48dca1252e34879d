// Extra arguments reach the callback.
setImmediate((...args) => console.log('immediate', args), [1], { k: 'v' });
process.nextTick((a, b, c) => console.log('tick', a, b, c), 'a', 'b', 'c');
setImmediate(function () {
  console.log('immediate this has hasRef:', typeof this.hasRef);
  // From here on, timers: in the main script they would race the immediates.
  setTimeout((a, b) => console.log('timeout', a, b), 1, 'x', 2);
  const i = setInterval((n) => {
    console.log('interval', n);
    clearInterval(i);
  }, 5, 42);
});
