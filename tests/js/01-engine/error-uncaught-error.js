// An Error thrown from a nested function and never caught: Node prints the
// throw's location, the source line, a caret, a blank line and the stack; exit 1.
console.log('before the throw');
function inner() {
  throw new Error('boom');
}
function outer() {
  inner();
}
outer();
console.log('never printed');
