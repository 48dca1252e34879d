// process.stdin, process.stdout and process.stderr, made on first use.
// (Node: lib/internal/bootstrap/switches/is_main_thread.js.)
//
// What a standard stream is depends on what its fd is when the program
// starts, which libuv guesses (guessHandleType):
//
//     fd is a       stdout / stderr                     stdin
//     terminal      tty.WriteStream, blocking writes    tty.ReadStream
//     pipe/socket   HandleStream on a Pipe, blocking    HandleStream on a Pipe
//     file          SyncWriteStream (fs.writeSync)      fs.ReadStream
//     nothing       a Writable that drops everything    an empty Readable
//
// Writes are synchronous in all three real cases: a program that writes a
// megabyte and calls process.exit() has written it all. (Node leaves pipes
// non-blocking on POSIX, so there the end of a large write to a pipe can
// be lost at process.exit(); this runtime makes the pipe blocking instead.)
//
// The streams are made lazily: a program that never prints pays nothing,
// and fd 0 is left alone (to the REPL) unless the script touches stdin.
'use strict';

const { beforeStdioWrite, guessHandleType } = internalBinding('tty_wrap');

// The stream classes, asked for only when a stream is made.
const lazyPipe = (fd) => {
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const handle = new Pipe(constants.SOCKET);
  const err = handle.open(fd);
  if (err) throw require('internal/errors').errnoException(err, 'open');
  return handle;
};

// A standard output is never really destroyed: destroy() and end() leave
// the fd open for whatever else writes to it (the runtime's own messages),
// but still emit 'close', for finished() and pipeline().
function dummyDestroy(error, callback) {
  callback(error);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// Blocking is a property of the open pipe or socket, shared by every fd on
// it. When fd 0 is the very same socket as `fd` (a program started by inetd
// or socat), making it blocking would make each read of stdin stop the
// whole loop; its writes then stay asynchronous, as Node's are.
function sharesStdin(fd) {
  const { fstatSync } = require('fs');
  try {
    const input = fstatSync(0);
    const output = fstatSync(fd);
    return input.ino === output.ino && input.dev === output.dev;
  } catch {
    return false;  // no stdin: nothing to share
  }
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { HandleStream } = require('internal/stdio/handle_stream');
      const handle = lazyPipe(fd);
      if (!sharesStdin(fd)) handle.setBlocking(true);
      stream = new HandleStream({ handle, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      const { Writable } = require('stream');
      stream = new Writable({ write(chunk, encoding, callback) { callback(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  // fd 1 and 2 are shared with the runtime's C++ writers (the REPL's prompt,
  // its results, error reports): before each write they flush what they
  // hold and take a waiting prompt off the screen, so that the output of the
  // two comes out in the order it was made.
  const write = stream._write;
  stream._write = function(chunk, encoding, callback) {
    beforeStdioWrite();
    return write.call(this, chunk, encoding, callback);
  };
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  // The handle does not keep the program alive by itself.
  stream._handle?.unref();
  return stream;
}

function createStdin() {
  const fd = 0;
  let stdin;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { HandleStream } = require('internal/stdio/handle_stream');
      stdin = new HandleStream({ handle: lazyPipe(fd), readable: true, writable: false,
                                 manualStart: true });
      stdin._writableState.ended = true;  // stdin cannot be end()ed
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = fd;
  // stdin starts paused: nothing is read (and the program may exit) until
  // a script reads. After pause(), reading stops once the stream's own
  // machinery has noticed (a tick later), so that the program can end.
  if (stdin._handle?.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  stdin.on('pause', () => process.nextTick(() => {
    const handle = stdin._handle;
    if (handle?.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      handle.reading = false;
      handle.readStop();
    }
  }));
  return stdin;
}

let stdin;
let stdout;
let stderr;

module.exports = {
  getStdin() { return (stdin ??= createStdin()); },
  getStdout() { return (stdout ??= createWritableStdioStream(1)); },
  getStderr() { return (stderr ??= createWritableStdioStream(2)); },
};
