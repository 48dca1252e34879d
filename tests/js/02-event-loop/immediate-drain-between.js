// Ticks and microtasks run after each immediate, before the next one.
for (const name of ['one', 'two', 'three']) {
  setImmediate(() => {
    console.log('immediate', name);
    process.nextTick(() => console.log('  tick after', name));
    Promise.resolve().then(() => console.log('  promise after', name));
  });
}
