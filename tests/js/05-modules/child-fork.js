// fork: a child of this very runtime with an IPC channel. Messages in both
// directions keep their order and their JSON shape; disconnect ends the
// channel on both sides; 'close' waits for the channel too.
'use strict';
const cp = require('child_process');
const path = require('path');

if (process.argv[2] === 'child') {
  console.log('child: connected', process.connected, typeof process.send, typeof process.disconnect);
  console.log('child: NODE_CHANNEL_FD in env', 'NODE_CHANNEL_FD' in process.env);
  let count = 0;
  process.on('message', (message) => {
    count++;
    if (message === 'quit') {
      process.send({ count }, () => process.disconnect());
      return;
    }
    process.send({ got: message });
  });
  process.on('disconnect', () => console.log('child: disconnect', process.connected));
  return;
}

process.chdir(__dirname);
console.log('parent: process.send', typeof process.send, 'connected', process.connected);
const child = cp.fork(path.basename(__filename), ['child']);
const events = [];
child.on('spawn', () => events.push('spawn'));
child.on('message', (message) => {
  events.push(`message ${JSON.stringify(message)}`);
  if (message.count !== undefined) return;
});
child.on('disconnect', () => events.push(`disconnect connected=${child.connected}`));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  for (const e of events) console.log('parent:', e);
  child.send('late', (err) => console.log('parent: late send', err.code, err.message));
});
console.log('parent: stdio', child.stdio.length, child.stdin, child.stdout, child.connected);
child.send('text');
child.send(42);
child.send([1, { nested: ['deep', null, true] }]);
child.send({ unicode: 'caf\u00e9 \u2603', newline: 'a\nb' });
child.send('quit');
