// Inside a timer callback, setImmediate comes before setTimeout(0): the check
// phase follows in this iteration, the timers phase only in the next.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 1);
