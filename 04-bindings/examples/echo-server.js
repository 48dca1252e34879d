// A TCP echo server and its client, with nothing but the raw bindings:
// handles, requests, onread/oncomplete callbacks and status codes, the way
// Node's `net` module uses them underneath. Loopback only; it ends by itself.
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { WriteWrap, ShutdownWrap, streamBaseState, kReadBytesOrError } =
  internalBinding('stream_wrap');
const { errname, UV_EOF } = internalBinding('uv');

function check(what, status) {
  if (status !== 0) throw new Error(`${what} failed: ${errname(status)}`);
}

// ---- The server: bind, listen, echo every chunk, close at EOF ----
const server = new TCP(constants.SERVER);
check('bind', server.bind('127.0.0.1', 0));  // port 0: the kernel picks one
check('listen', server.listen(8));
const address = {};
server.getsockname(address);
console.log(`server: listening on ${address.address}:${address.port > 0 ? '<port>' : '?'}`);

server.onconnection = (status, socket) => {
  check('accept', status);
  console.log('server: a client connected');
  socket.onread = (arrayBuffer) => {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread === UV_EOF) {
      console.log('server: the client is done; closing');
      socket.close();
      server.close(() => console.log('server: closed'));
      return;
    }
    check('read', nread < 0 ? nread : 0);
    const chunk = Buffer.from(arrayBuffer, 0, nread);
    console.log(`server: echoing ${JSON.stringify(chunk.toString())}`);
    const req = new WriteWrap();
    req.oncomplete = (status) => check('echo', status);  // only if the write had to wait
    check('write', socket.writeBuffer(req, chunk));
  };
  check('readStart', socket.readStart());
};

// ---- The client: connect, send two lines, half-close, read the echo ----
const client = new TCP(constants.SOCKET);
const connect = new TCPConnectWrap();
connect.oncomplete = (status) => {
  check('connect', status);
  console.log('client: connected');
  let echoed = '';
  client.onread = (arrayBuffer) => {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread === UV_EOF) {
      console.log(`client: got back ${JSON.stringify(echoed)}`);
      client.close(() => console.log('client: closed'));
      return;
    }
    echoed += Buffer.from(arrayBuffer, 0, nread).toString();
    // Once everything is back, say goodbye: the server then reads EOF.
    if (echoed === 'hello\nworld\n') {
      const shutdown = new ShutdownWrap();
      shutdown.oncomplete = () => console.log('client: sent EOF');
      check('shutdown', client.shutdown(shutdown));
    }
  };
  check('readStart', client.readStart());
  check('write', client.writeUtf8String(new WriteWrap(), 'hello\n'));
  check('write', client.writeBuffer(new WriteWrap(), Buffer.from('world\n')));
};
check('connect', client.connect(connect, '127.0.0.1', address.port));
