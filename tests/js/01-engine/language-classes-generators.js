// The whole ECMAScript language is there in stage 01: classes, generators,
// destructuring, spread, optional chaining, BigInt, Symbols, Intl.
class Point {
  #secret = 'private';
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() {
    return Math.hypot(this.x, this.y);
  }
  static origin() {
    return new Point(0, 0);
  }
  reveal() {
    return this.#secret;
  }
}
const p = new Point(3, 4);
console.log(p.length, Point.origin().x, p.reveal());
function* count(limit) {
  for (let i = 0; i < limit; i++) yield i;
}
console.log([...count(5)].join(' '));
const { x, ...rest } = { x: 1, y: 2, z: 3 };
console.log(x, JSON.stringify(rest));
console.log(rest?.missing?.deeper ?? 'default');
console.log(2n ** 64n);
console.log(new Intl.NumberFormat('en-US').format(1234567.891));
console.log([3, 1, 2].toString(), typeof Symbol.iterator);
