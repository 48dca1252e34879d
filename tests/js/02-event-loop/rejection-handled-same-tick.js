// Rejections handled later in the same tick are not reported.
const a = Promise.reject(new Error('a'));
const b = Promise.reject(new Error('b'));
const c = Promise.reject(new Error('c'));
process.nextTick(() => a.catch((e) => console.log('a handled in a tick:', e.message)));
Promise.resolve().then(() => b.catch((e) => console.log('b handled in a job:', e.message)));
c.catch((e) => console.log('c handled in the script:', e.message));
setTimeout(() => console.log('the loop goes on'), 1);
