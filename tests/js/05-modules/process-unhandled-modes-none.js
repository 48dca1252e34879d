// flags: --unhandled-rejections=none
// What a rejection nobody handles does in this mode: an error and a
// non-error reason, one of them handled later ('rejectionHandled', or
// Node's PromiseRejectionHandledWarning), the exit code.
'use strict';
process.on('exit', (code) => console.log('exit', code));
const late = Promise.reject(new Error('boom'));
Promise.reject(42);
Promise.reject(new Error('handled in time')).catch(() => console.log('handled in time'));
setTimeout(() => late.catch(() => console.log('handled late')), 10);
setTimeout(() => console.log('still running'), 30);
