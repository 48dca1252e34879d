// The loop at work in stage 05: a file read through fs (a request wrap), a
// promise from fs.promises, a timer and an immediate, each answered by a
// callback the loop runs. (`make docs` draws its --trace-loop picture.)
'use strict';
const fs = require('fs');
const path = require('path');

const name = path.basename(__filename);
fs.readFile(__filename, 'utf8', (err, text) => {
  console.log(`readFile: ${name}, ${text.split('\n').length} lines`);
  setTimeout(() => console.log('a timer set by the read callback'), 1);
});
fs.promises.stat(__filename).then((stats) => console.log(`stat: a file? ${stats.isFile()}`));
setImmediate(() => console.log('an immediate'));
