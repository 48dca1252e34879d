// An exception in a nextTick callback is uncaught too.
process.nextTick(() => {
  console.log('tick');
  null.property;
});
Promise.resolve().then(() => console.log('promise: must not run'));
