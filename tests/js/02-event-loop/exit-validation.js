// process.exit and process.exitCode accept integers (or strings holding one).
for (const bad of ['x', 2.5, {}, true]) {
  try {
    process.exitCode = bad;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  process.exit('nope');
} catch (e) {
  console.log('exit threw', e.code);
}
process.exitCode = '2';
console.log(typeof process.exitCode, process.exitCode);
