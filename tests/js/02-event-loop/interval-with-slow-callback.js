// An interval whose callback is slower than its period does not pile up calls.
let runs = 0;
const interval = setInterval(() => {
  runs++;
  const until = Date.now() + 15;
  while (Date.now() < until) {}
  if (runs === 3) {
    clearInterval(interval);
    console.log('runs:', runs);
  }
}, 5);
