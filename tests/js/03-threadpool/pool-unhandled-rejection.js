// stderr: ignore
// A rejected fs.promises call that nobody handles ends the program, exit
// code 1, as in Node 20, even with a timer still pending. (stderr is not
// compared: Node's report begins with a line of its own internal source.)
//
// The timer must not race the thread pool: on a busy machine the failed open
// can take longer than any fixed delay. So it re-arms itself until the call
// has completed; the drain after the completion ends the program, and the
// timer never sees it.
const fs = require('fs');
let completed = false;
// finally() handles nothing: the promise it returns is rejected with the same
// error, and nobody handles that one.
fs.promises.readFile('no-such-file.txt').finally(() => { completed = true; });
(function wait(turns) {
  if (completed) return console.log('never printed');
  if (turns === 1000) return console.log('no completion after', turns, 'turns');
  setTimeout(wait, 10, turns + 1);
})(0);
console.log('main script done');
