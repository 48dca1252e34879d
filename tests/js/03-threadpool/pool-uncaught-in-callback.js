// An exception thrown by a pool callback is uncaught, as after any callback
// from the loop: the program ends with exit code 1 and nothing else runs.
// An asynchronous fs error has no stack frames, so the report shows it as
// util.inspect does: "[Error: ...]" and its properties.
const fs = require('fs');
fs.readFile('no-such-file.txt', (err) => {
  console.log('callback got', err.code);
  throw err;
});
setTimeout(() => console.log('never printed'), 100);
