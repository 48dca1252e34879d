// A timer or immediate cleared by another callback never runs.
// The timers are set by the last immediate, not by the main script: a 5 ms
// timer set there may already be due when the loop starts (a slow start, a
// busy machine), and would then run before the immediates.
const b = setImmediate(() => console.log('immediate b: must not run'));
setImmediate(() => console.log('immediate c'));
setImmediate(() => { // queued last, runs last
  console.log('immediate a runs');
  let later;
  setTimeout(() => {
    console.log('first clears the second');
    clearTimeout(later);
  }, 5);
  later = setTimeout(() => console.log('second: must not run'), 5);
  setTimeout(() => console.log('third'), 5);
});
clearImmediate(b);
