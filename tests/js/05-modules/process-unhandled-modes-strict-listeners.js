// flags: --unhandled-rejections=strict
// Strict mode: the rejection is an uncaught exception first (origin
// 'unhandledRejection', a non-error reason wrapped in
// ERR_UNHANDLED_REJECTION), then 'unhandledRejection'; a rejection handled
// later is announced to 'rejectionHandled' listeners.
'use strict';
process.on('uncaughtException', (error, origin) => {
  console.log('uncaughtException', origin, error.name, error.code, error.message);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise));
const late = Promise.reject(42);
Promise.reject(new Error('plain'));
setTimeout(() => {
  process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
  Promise.reject(Symbol('third'));
  late.catch(() => {});
}, 10);
process.on('exit', (code) => console.log('exit', code));
