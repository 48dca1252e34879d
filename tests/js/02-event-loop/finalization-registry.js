// flags: --expose-gc
// V8 posts a FinalizationRegistry's cleanup as a task for the main thread;
// the loop runs V8's tasks, then the usual drain (nextTicks, microtasks).
// When the loop has nothing left, the tasks still run, and what they
// schedule keeps the process going.
const registry = new FinalizationRegistry((held) => {
  console.log('finalized', held);
  process.nextTick(() => console.log('  nextTick from the cleanup'));
  Promise.resolve().then(() => console.log('  promise job from the cleanup'));
  if (held === 'second') setTimeout(() => console.log('a timer set by the last cleanup'), 1);
});
(function () {
  registry.register({}, 'first');
})();
gc();
setTimeout(() => {
  console.log('timer after the first collection');
  (function () {
    registry.register({}, 'second');
  })();
  gc();
}, 20);
console.log('main script done');
