// Shorter timers fire first, whatever the order they were created in.
//
// Each timer is due its delay after the moment it was *set*: a machine that
// stalls for 30 ms between two of the calls below (a busy one does) makes the
// 60 ms timer due before the 30 ms one, on Node too. So when setting them
// took 10 ms or more, they are cleared and set again.
for (let tries = 1; ; tries++) {
  const start = performance.now();
  const timers = [
    setTimeout(() => console.log('60 ms'), 60),
    setTimeout(() => console.log('1 ms'), 1),
    setTimeout(() => console.log('30 ms'), 30),
    setTimeout(() => console.log('0 ms (becomes 1)'), 0),
  ];
  if (performance.now() - start < 10 || tries === 100) break;
  timers.forEach(clearTimeout);
}
