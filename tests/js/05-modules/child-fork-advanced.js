// fork with serialization: 'advanced': values JSON cannot carry come back
// as they were sent, in order; the 'json' channel turns the same values
// into their JSON shapes (a Map becomes {}, undefined is dropped).
'use strict';
const cp = require('child_process');
const path = require('path');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'done') process.disconnect();
    else process.send(m);
  });
  return;
}

process.chdir(__dirname);
const values = [
  new Map([['a', 1]]), new Set(['x']), new Date(0), [undefined, 1], { n: null, u: undefined },
  new Uint8Array([1, 2]), 'text', 7,
];

function roundTrip(serialization) {
  return new Promise((resolve) => {
    const child = cp.fork(path.basename(__filename), ['child'], { serialization });
    const got = [];
    child.on('message', (m) => got.push(m));
    child.on('close', (code) => {
      console.log(serialization, 'exit', code);
      for (const m of got) console.log(' ', m);
      resolve();
    });
    for (const v of values) child.send(v);
    child.send('done');
  });
}

roundTrip('advanced').then(() => roundTrip('json'));
