// A long chain of awaits finishes inside one drain: no immediate runs meanwhile.
let immediates = 0;
setImmediate(() => immediates++);
(async () => {
  for (let i = 0; i < 10000; i++) await null;
  console.log('10000 awaits, immediates run so far:', immediates);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after one immediate turn:', immediates);
})();
