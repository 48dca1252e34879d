// URLSearchParams: construction from strings, records and pairs; every
// method; application/x-www-form-urlencoded both ways on every ASCII
// character and some beyond; the tie to URL.search; errors.
'use strict';

const show = (params) => `${JSON.stringify([...params])} "${params}" size=${params.size}`;

const inits = [
  undefined, null, '', '?', '??a=1', 'a=1&b=2', 'a=1&a=2&a', '&&a=&=b&=&', 'a=b=c', '+a+=+b+',
  'a%20b=c%2Bd', '%zz=%4', '%C3%A9=%E6%97%A5', '%FF=%C3', 'a=\ud800', '\u00e9=\u00fc', 'a=1#x',
  { a: 1, b: 'two', c: [3, 4], d: null, e: undefined }, { __proto__: { inherited: 1 }, own: 2 },
  [['a', '1'], ['b', '2'], ['a', '3']], new Map([['m', 'n']]), new URLSearchParams('x=y'),
  [new Set(['s', 't'])], 42, true, { toString() { return 'o=k'; } },
];
for (const init of inits) {
  let line;
  try {
    line = show(new URLSearchParams(init));
  } catch (error) {
    line = `${error.code} ${error.message}`;
  }
  console.log(`new(${typeof init === 'string' ? JSON.stringify(init) : String(init)}) ${line}`);
}
for (const bad of [[['a']], [['a', 'b', 'c']], [1], [null], { [Symbol.iterator]: 5 }]) {
  try {
    new URLSearchParams(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

// Serialisation of every ASCII character, and a few others.
let all = '';
for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
const wide = new URLSearchParams();
wide.append(all, all);
wide.append('\u00e9\u4f8b\ud83d\ude00', '\ud800x');
console.log(wide.toString());
console.log(JSON.stringify([...new URLSearchParams(wide.toString())]) ===
  JSON.stringify([...wide]));

// The methods.
const p = new URLSearchParams('b=2&a=1&c=3&a=4');
console.log(p.get('a'), p.get('z'), JSON.stringify(p.getAll('a')), p.getAll('z').length);
console.log(p.has('a'), p.has('z'), p.has('a', '4'), p.has('a', '5'));
p.append('d', 5);
p.set('a', 'one');
console.log(show(p));
p.set('new', 'x');
p.delete('b');
console.log(show(p));
p.append('c', 'keep');
p.delete('c', '3');
console.log(show(p));
p.sort();
console.log(show(p));
const order = new URLSearchParams('z=1&\u00e9=2&a=3&Z=4&a=5&\ud83d\ude00=6&\uffff=7&b=8');
order.sort();
console.log(show(order));
p.forEach(function each(value, name, params) {
  console.log('forEach', name, value, params === p, this.tag);
}, { tag: 'this' });
console.log(JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]),
            JSON.stringify([...p.entries()]));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
const iterator = p.keys();
console.log(typeof iterator.next, iterator[Symbol.iterator]() === iterator,
            Object.prototype.toString.call(iterator), JSON.stringify(iterator.next()));
p.append('late', 'seen');
console.log(JSON.stringify([...iterator]));
console.log(JSON.stringify(iterator.next()));

// Errors.
for (const [name, call] of [
  ['append()', () => p.append('a')], ['get()', () => p.get()], ['getAll()', () => p.getAll()],
  ['has()', () => p.has()], ['set()', () => p.set('a')], ['delete()', () => p.delete()],
  ['forEach(5)', () => p.forEach(5)], ['get.call({})', () => URLSearchParams.prototype.get.call({}, 'a')],
  ['size of {}', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({})],
  ['next.call({})', () => p.keys().next.call({})],
]) {
  try {
    call();
    console.log(name, 'did not throw');
  } catch (error) {
    console.log(name, error.name, error.code, error.message);
  }
}

// Tied to a URL: both directions.
const url = new URL('https://h/p?x=1&y=2#f');
const params = url.searchParams;
console.log(url.searchParams === params);
params.append('z', 'a b');
console.log(url.href);
params.delete('x');
params.delete('y');
params.delete('z');
console.log(url.href, JSON.stringify(url.search));
url.search = '?q=\u00e9&r';
console.log(show(params));
url.href = 'http://other/?k=v';
console.log(show(params));
url.search = '';
console.log(show(params), url.href);
const opaque = new URL('sc:opaque  ?a=1');
opaque.searchParams.delete('a');
console.log(JSON.stringify(opaque.href));
const copy = new URLSearchParams(url.searchParams);
copy.append('only', 'copy');
console.log(url.href, `${copy}`);
const special = new URL('http://h/?a=%27&b=\'');
console.log(special.search, special.searchParams.get('a'), special.searchParams.get('b'));
special.searchParams.sort();
console.log(special.href);
console.log(Object.keys(URLSearchParams.prototype).join());
