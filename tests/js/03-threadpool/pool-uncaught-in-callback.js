// An exception thrown by a pool callback is uncaught, as after any callback
// from the loop: the program ends with exit code 1 and nothing else runs.
// An asynchronous fs error has no stack frames, so the report shows it as
// util.inspect does: "[Error: ...]" and its properties.
//
// The timer must not race the thread pool: on a busy machine the failed open
// can take longer than any fixed delay. So it re-arms itself until the
// callback has run; the throw ends the program, and the timer never sees it.
const fs = require('fs');
let called = false;
fs.readFile('no-such-file.txt', (err) => {
  called = true;
  console.log('callback got', err.code);
  throw err;
});
(function wait(turns) {
  if (called) return console.log('never printed');
  if (turns === 1000) return console.log('no callback after', turns, 'turns');
  setTimeout(wait, 10, turns + 1);
})(0);
