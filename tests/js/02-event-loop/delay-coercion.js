// Delays below 1, NaN and non-numeric strings become 1 ms; '3' is 3.
// All of these are due within a few milliseconds; a 40 ms timer comes last.
setTimeout(() => console.log('40 ms'), 40);
setTimeout(() => console.log('-10 -> 1'), -10);
setTimeout(() => console.log('NaN -> 1'), NaN);
setTimeout(() => console.log('"abc" -> 1'), 'abc');
setTimeout(() => console.log('undefined -> 1'), undefined);
setTimeout(() => console.log('1'), 1);
setTimeout(() => console.log('{ valueOf } -> 1'), { valueOf: () => 0.5 });
