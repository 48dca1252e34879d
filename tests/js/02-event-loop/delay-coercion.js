// Delays below 1, NaN and non-numeric strings become 1 ms, as do undefined
// and an object whose valueOf gives 0.5. All of these are due within a few
// milliseconds; a 40 ms timer, set before them, comes last.
//
// Each timer is due its delay after the moment it was *set*: a machine that
// stalls for 40 ms while the calls below run (a busy one can) makes the 40 ms
// timer due before the later ones, on Node too. So when setting them took
// 10 ms or more, they are cleared and set again.
for (let tries = 1; ; tries++) {
  const start = performance.now();
  const timers = [
    setTimeout(() => console.log('40 ms'), 40),
    setTimeout(() => console.log('-10 -> 1'), -10),
    setTimeout(() => console.log('NaN -> 1'), NaN),
    setTimeout(() => console.log('"abc" -> 1'), 'abc'),
    setTimeout(() => console.log('undefined -> 1'), undefined),
    setTimeout(() => console.log('1'), 1),
    setTimeout(() => console.log('{ valueOf } -> 1'), { valueOf: () => 0.5 }),
  ];
  if (performance.now() - start < 10 || tries === 100) break;
  timers.forEach(clearTimeout);
}
