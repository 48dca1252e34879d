// stderr: ignore
// A rejected fs.promises call that nobody handles ends the program, exit
// code 1, as in Node 20. (stderr is not compared: Node's report begins with
// a line of its own internal source.)
const fs = require('fs');
fs.promises.readFile('no-such-file.txt');
setTimeout(() => console.log('never printed'), 100);
console.log('main script done');
