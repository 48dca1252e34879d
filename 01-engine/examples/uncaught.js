// An exception nobody catches: the runtime reports where it was thrown, the
// source line with a caret, and the stack, then exits with code 1.
function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port)) {
    throw new TypeError(`not a port: ${text}`);
  }
  return port;
}

console.log(parsePort('8080'));
console.log(parsePort('eighty'));
