// An unref'd timer does not keep the process alive.
setTimeout(() => console.log('never: the process has exited'), 100000).unref();
setInterval(() => console.log('never either'), 100000).unref();
setTimeout(() => console.log('a ref\'d timer still runs'), 2);
