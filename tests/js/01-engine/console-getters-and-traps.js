// Inspection never calls getters: one that would throw prints as [Getter],
// [Setter] or [Getter/Setter]. (Where Node itself runs user code, such as a
// Symbol.toStringTag getter or the toString that %s calls, an exception
// escapes console.log in Node; those cases are left out of this comparison.)
const obj = {
  get boom() {
    throw new Error('getter called');
  },
  set only(v) {
    throw new Error('setter called');
  },
};
console.log(obj);
console.log([obj], { obj });
class Lazy {
  get computed() {
    throw new Error('prototype getter called');
  }
}
console.log(new Lazy());
const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { get() { throw new Error('index getter'); }, enumerable: true });
console.log(arr);
console.log('%s', { toString() { return 'fine'; } });
console.log(Object.defineProperty({}, 'hidden', { get() { return 1; }, enumerable: false }));
console.log('%o', Object.defineProperty({}, 'hidden', { get() { return 1; }, enumerable: false }));
console.log('after all of that');
