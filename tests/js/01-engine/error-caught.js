// Exceptions that are caught: the script goes on and exits 0.
function parse(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    console.log('caught', error.name);
    return null;
  } finally {
    console.log('finally runs either way');
  }
}
console.log(parse('{"a": 1}').a);
console.log(parse('{oops'));
try {
  null.x;
} catch (e) {
  console.log(e instanceof TypeError, e.constructor.name);
}
try {
  throw 7;
} catch (e) {
  console.log('caught a number', e);
}
