// A timer or immediate cleared by another callback never runs.
let later;
setTimeout(() => {
  console.log('first clears the second');
  clearTimeout(later);
}, 5);
later = setTimeout(() => console.log('second: must not run'), 5);
setTimeout(() => console.log('third'), 5);

const b = setImmediate(() => console.log('immediate b: must not run'));
setImmediate(() => console.log('immediate c'));
setImmediate(() => console.log('immediate a runs')); // queued last, runs last
clearImmediate(b);
