// An exception thrown while handling another one is the one reported.
try {
  throw new Error('first');
} catch (e) {
  console.log('handling', e.message);
  throw new TypeError('second, from the catch block');
}
