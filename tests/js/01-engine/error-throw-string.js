// A thrown string, from inside a function.
function fail() {
  throw 'a plain string';
}
fail();
