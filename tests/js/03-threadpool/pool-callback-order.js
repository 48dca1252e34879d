// When a pool callback runs: never during the call, always after the main
// script, its nextTicks and its promise jobs; a *Sync call returns its value
// at once. And the drain after a pool callback runs its own ticks and
// microtasks before the next callback.
const fs = require('fs');
const log = (what) => console.log(what);

fs.readFile(__filename_or_self(), 'utf8', (err, text) => {
  log(`callback: ${err} ${text.length > 0}`);
  process.nextTick(() => log('tick queued by the callback'));
  Promise.resolve().then(() => log('promise queued by the callback'));
  fs.stat('.', () => log('second callback'));
});
process.nextTick(() => log('tick from main'));
Promise.resolve().then(() => log('promise from main'));
log(`sync: ${fs.readFileSync(__filename_or_self(), 'utf8').length > 0}`);
log('main script ends');

// This file, by a name that works with and without a module system.
function __filename_or_self() { return 'pool-callback-order.js'; }
