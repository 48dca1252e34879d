// Timers with equal durations fire in creation order, with the queues drained
// between them.
for (let i = 1; i <= 4; i++) {
  setTimeout(() => {
    console.log('timeout', i);
    process.nextTick(() => console.log('  tick', i));
    Promise.resolve().then(() => console.log('  promise', i));
  }, 5);
}
