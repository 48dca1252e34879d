// Dates print as toISOString (or Invalid Date); regular expressions as
// their source and flags.
console.log(new Date(0), new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123)));
console.log(new Date(NaN), new Date('not a date'));
console.log(new Date(-1), new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(10000, 0, 1)));
console.log(new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(0, 0, 1)));
console.log(new Date(Date.UTC(1969, 11, 31, 23, 59, 59, 999)));
console.log([new Date(86400000)], { when: new Date(1e12) });
const dateProp = new Date(0);
dateProp.label = 'epoch';
console.log(dateProp);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(/abc/, /a\/b/g, /[a-z]+/gimsuy, new RegExp('x', 'd'), new RegExp(''));
console.log(new RegExp('a/b'), new RegExp('\n'), /\n\t/, /'quote'/);
console.log([/re/], { re: /re/i });
const reProp = /withprop/;
reProp.extra = true;
console.log(reProp);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('sub', 'g'));
console.log({ l1: { l2: { l3: /deep/, d: new Date(0) } } });
const deepProp = /deep/;
deepProp.x = 1;
console.log({ l1: { l2: { l3: deepProp } } });
