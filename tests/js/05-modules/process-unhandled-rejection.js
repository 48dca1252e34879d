// 'unhandledRejection' takes every rejection nobody handled, one by one;
// without a listener, the first one ends the program after 'exit'.
let count = 0;
const listener = (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason,
              promise instanceof Promise);
  if (++count === 2) {
    process.off('unhandledRejection', listener);
    setTimeout(() => Promise.reject(new Error('now nobody listens')), 1);
  }
};
process.on('unhandledRejection', listener);
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('one'));
Promise.reject(42);
