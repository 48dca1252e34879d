// The default mode with listeners: 'unhandledRejection' takes a rejection;
// without one, 'uncaughtException' gets it with the origin
// 'unhandledRejection' (a non-error reason wrapped in
// ERR_UNHANDLED_REJECTION, quoted as V8 describes it); a reported rejection
// handled later is announced by 'rejectionHandled'.
'use strict';
process.on('uncaughtException', (error, origin) => {
  console.log('uncaughtException', origin, error.name, error.code, error.message);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise));
const first = Promise.reject({ an: 'object' });
Promise.reject([1, 2]);
Promise.reject(undefined);
setTimeout(() => {
  process.on('unhandledRejection', (reason, promise) => {
    console.log('unhandledRejection', reason, promise);
  });
  Promise.reject('a string');
  first.catch(() => {});
}, 10);
process.on('exit', (code) => console.log('exit', code));
