// One write and one read through net, with the binding calls of the
// client's handle made visible: each TCP method is wrapped to print its name
// when the client's handle calls it. (Run by the chapter, section "net: a
// socket is a Duplex over a handle"; needs --expose-internals.)
'use strict';
const net = require('net');
const { TCP } = require('internal/test/binding').internalBinding('tcp_wrap');

let clientHandle = null;
for (const name of ['readStart', 'readStop', 'writeUtf8String', 'writeBuffer', 'shutdown']) {
  const original = TCP.prototype[name];
  TCP.prototype[name] = function(...args) {
    if (this === clientHandle) console.log(`  handle.${name}()`);
    return original.apply(this, args);
  };
}

const server = net.createServer((socket) => {
  socket.on('data', (chunk) => {
    console.log(`  (the server reads ${JSON.stringify(String(chunk))} and ends)`);
    server.close();
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    console.log("'connect'; write('hello'):");
    client.write('hello', () => console.log('  the write callback'));
    console.log('  write() returned');
  });
  clientHandle = client._handle;
  client.resume();
  client.on('end', () => console.log("'end'"));
  client.on('close', () => console.log("'close'"));
});
