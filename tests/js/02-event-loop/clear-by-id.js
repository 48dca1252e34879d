// +timeout is an id that clearTimeout accepts, as a number or a string.
const a = setTimeout(() => console.log('a: must not run'), 1);
const b = setTimeout(() => console.log('b: must not run'), 1);
const c = setInterval(() => console.log('c: must not run'), 1);
clearTimeout(+a);
clearTimeout(String(+b));
clearInterval(+c);
setTimeout(() => console.log('d runs'), 1);
