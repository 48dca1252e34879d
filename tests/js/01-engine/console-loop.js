// Many console.log calls in a row, as in a loop; also a large array and a
// large object in one call.
let total = 0;
for (let i = 0; i < 2000; i++) {
  console.log(i, { i, square: i * i }, [i, -i], 'item ' + i);
  total += i;
}
console.log('total', total);
const big = Array.from({ length: 100000 }, (_, i) => i);
console.log(big);
const wide = {};
for (let i = 0; i < 5000; i++) wide['key' + i] = i;
console.log(Object.keys(wide).length);
const longString = 'x'.repeat(1000000);
console.log(longString.length, [longString].length);
console.log([longString]);
