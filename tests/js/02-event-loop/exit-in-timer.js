// process.exit() ends the program at once: nothing after it runs, in this
// callback or any other.
setTimeout(() => {
  console.log('before exit');
  try {
    process.exit(5);
  } finally {
    console.log('finally: must not run');
  }
  console.log('after exit: must not run');
}, 1);
setTimeout(() => console.log('later timer: must not run'), 1);
Promise.resolve().then(() => console.log('promise runs first'));
process.nextTick(() => console.log('tick runs first'));
