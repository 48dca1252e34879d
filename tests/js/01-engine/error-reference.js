// A ReferenceError names the missing variable.
function start() {
  return notDefinedAnywhere + 1;
}
start();
