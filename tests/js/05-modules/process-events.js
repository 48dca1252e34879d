// process is an EventEmitter: 'beforeExit' fires each time the loop runs dry
// (and the loop goes on if a listener scheduled work), 'uncaughtException'
// takes errors nobody caught (from the main script too), 'exit' comes last;
// promise jobs queued in 'exit' still run, timers do not.
const EventEmitter = require('events');
console.log('an EventEmitter', process instanceof EventEmitter);

process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => { throw new Error('from a timer'); }, 1);
setTimeout(() => console.log('the loop goes on'), 5);

let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  Promise.resolve().then(() => console.log('a promise job in exit'));
  setTimeout(() => console.log('never printed'), 0);
});
throw new Error('from the main script');
