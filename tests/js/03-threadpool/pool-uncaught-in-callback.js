// stderr: ignore
// An exception thrown by a pool callback is uncaught, as after any callback
// from the loop: the program ends with exit code 1 and nothing else runs.
// (stderr is not compared: for an error with no stack frames, as every
// asynchronous fs error is, Node prints util.inspect's "[Error: ...] {...}"
// and stage 01's report prints the bare stack.)
const fs = require('fs');
fs.readFile('no-such-file.txt', (err) => {
  console.log('callback got', err.code);
  throw err;
});
setTimeout(() => console.log('never printed'), 100);
