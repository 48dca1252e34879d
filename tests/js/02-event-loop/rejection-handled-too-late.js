// A handler attached in a later macrotask is too late: the program ends.
const p = Promise.reject(new Error('handled too late'));
setImmediate(() => p.catch(() => console.log('must not run')));
