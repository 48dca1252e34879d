// A rejected top-level await is an uncaught exception: an
// 'uncaughtException' listener takes it, with its origin, and the program
// goes on.
process.on('uncaughtException', (error, origin) => {
  console.log('caught:', error.message, origin);
  setTimeout(() => console.log('the loop still runs'), 1);
});
console.log('before');
await Promise.reject(new Error('rejected at the top level'));
console.log('never printed');
