// Infinite recursion is a RangeError, not a crash. Caught, it is an ordinary
// exception; uncaught, it is reported like any other.
function down(n) {
  return down(n + 1) + 1;
}
try {
  down(0);
} catch (error) {
  console.log(error instanceof RangeError, error.message);
}
function again() {
  again();
}
again();
