// stderr: ignore
// A rejection with a value that is not an error: Node wraps it in an
// UnhandledPromiseRejection (code ERR_UNHANDLED_REJECTION). Node's report
// starts with a line of its own internal source, so only stdout and the exit
// code are compared; the tests of the stage check the message.
console.log('main');
Promise.reject(42);
