'use strict';

// The REPL the command line starts when it is given no script. (Node:
// lib/internal/repl.js.) It is repl.start() with the settings of a
// standalone session, read from the environment:
//
//   NODE_REPL_HISTORY       the history file; '' turns it off; unset means
//                           ~/.node_in_layers_repl_history
//   NODE_REPL_HISTORY_SIZE  how many lines it keeps (1000)
//   NODE_REPL_MODE          'sloppy' or 'strict'
//   NODE_NO_READLINE        a number other than 0: no line editing
//
// internal/main/repl.js calls it when the command line has no script and
// stdin is a terminal.

const REPL = require('repl');

function createInternalRepl(env, opts, cb) {
  if (typeof opts === 'function') {
    cb = opts;
    opts = null;
  }
  opts = { ignoreUndefined: false, useGlobal: true, ...opts };
  if (parseInt(env.NODE_NO_READLINE, 10)) opts.terminal = false;
  if (env.NODE_REPL_MODE) {
    opts.replMode = { strict: REPL.REPL_MODE_STRICT, sloppy: REPL.REPL_MODE_SLOPPY }[
      env.NODE_REPL_MODE.toLowerCase().trim()];
  }
  if (opts.replMode === undefined) opts.replMode = REPL.REPL_MODE_SLOPPY;
  const size = Number(env.NODE_REPL_HISTORY_SIZE);
  opts.historySize = !Number.isNaN(size) && size > 0 ? size : 1000;
  const repl = REPL.start(opts);
  const terminal = 'terminal' in opts ? opts.terminal : process.stdout.isTTY;
  repl.setupHistory(terminal ? env.NODE_REPL_HISTORY : '', cb);
}

module.exports = { __proto__: REPL, createInternalRepl };
