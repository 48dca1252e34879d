// The REPL the command line starts when it is given no script and stdin is a
// terminal. (Node: lib/internal/main/repl.js.)
//
// It is no special part of the runtime: the `repl` module, a library over
// readline over process.stdin (a tty.ReadStream on the event loop), started
// with the settings of a standalone session (internal/repl.js). This script
// only starts it and returns; main.cc then runs the loop, which stays alive
// because stdin is read, and the timers, sockets and pool jobs of what was
// typed run on that same loop. When the session ends ('exit': .exit, Ctrl+D,
// a second Ctrl+C) the program ends with process.exit(), as Node's does.
'use strict';

const { createInternalRepl } = require('internal/repl');

if (process.stdout.isTTY) {
  // Node's greeting, with this runtime's name.
  process.stdout.write(`Welcome to Node in layers ${process.version}.\n` +
                       'Type ".help" for more information.\n');
}

createInternalRepl(process.env, (err, repl) => {
  if (err) throw err;
  repl.on('exit', () => {
    if (repl._flushing) {  // the history file is being written: after that
      repl.pause();
      repl.once('flushHistory', () => process.exit());
      return;
    }
    process.exit();
  });
});
