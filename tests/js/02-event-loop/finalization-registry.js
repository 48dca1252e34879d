// flags: --expose-gc
// V8 posts a FinalizationRegistry's cleanup as a task for the main thread;
// the loop runs V8's tasks, then the usual drain (nextTicks, microtasks).
// When the loop has nothing left, the tasks still run, and what they
// schedule keeps the process going.
//
// *When* the task runs is not fixed, even on Node: a timer that is already
// due when the loop starts (the main script took long, the machine is busy)
// runs before it, and a collection may leave a new object for the next one.
// So nothing here races a timer against a cleanup: the script waits for each
// one in a bounded loop of immediates, collecting again on every turn, and
// prints only what comes in the same order every time.
const finalized = new Set();
const registry = new FinalizationRegistry((held) => {
  finalized.add(held);
  console.log('finalized', held);
  process.nextTick(() => console.log('  nextTick from the cleanup'));
  Promise.resolve().then(() => console.log('  promise job from the cleanup'));
  if (held === 'second') setTimeout(() => console.log('a timer set by the last cleanup'), 1);
});

// An object that nothing references once this returns, then a collection.
function dropAndCollect(held) {
  (function () {
    registry.register({}, held);
  })();
  gc();
}

// Calls next() once the cleanup for `held` has run; until then, one more
// turn of the loop (and one more collection) at a time.
function waitForCleanup(held, next, turns = 0) {
  if (finalized.has(held)) return next();
  if (turns === 100) return console.log('no cleanup for', held, 'after', turns, 'turns');
  gc();
  setImmediate(waitForCleanup, held, next, turns + 1);
}

dropAndCollect('first');
waitForCleanup('first', () => {
  console.log('the loop ran the cleanup while it turned');
  setTimeout(() => {
    console.log('the last callback: it collects and schedules nothing');
    // The loop is left with nothing to do but V8's cleanup task; it still
    // runs, and its timer keeps the process going one turn longer.
    dropAndCollect('second');
  }, 1);
});
console.log('main script done');
