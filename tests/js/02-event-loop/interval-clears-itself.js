// An interval runs until it clears itself; `this` is the Timeout.
let count = 0;
const interval = setInterval(function (label) {
  count++;
  console.log(label, count, this === interval);
  if (count === 3) clearInterval(this);
}, 2, 'tick');
