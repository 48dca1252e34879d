'use strict';

// Pieces of the REPL that are not the loop itself: the history file, and
// the words completion offers. (Node: lib/internal/repl/history.js,
// lib/internal/repl/utils.js.)
//
// The history file keeps the lines of past sessions, newest first, one per
// line, so that up-arrow reaches them in a new session. Its name is
// ~/.node_in_layers_repl_history (this runtime's, not Node's), or whatever
// NODE_REPL_HISTORY says; NODE_REPL_HISTORY='' (or only spaces) turns it
// off. As in Node, the file is opened (made, if need be) when the REPL
// starts, and rewritten whole, asynchronously, a moment (15 ms) after the
// last line typed: a burst of pasted lines is one write. While a write is
// due or under way the REPL is "flushing" (repl._flushing): closing it then
// waits for the 'flushHistory' event, so `.exit` and Ctrl+D lose no line;
// process.exit() does not wait, and may lose the last ones.

const fs = require('fs');
const path = require('path');

const kHistoryName = '.node_in_layers_repl_history';
const kDebounceMs = 15;

function defaultHistoryFile() {
  return path.join(require('os').homedir(), kHistoryName);
}

// Loads `file` into repl.history and saves the history there after each new
// line; cb(err, repl) once loaded (the REPL reads no input until then). No
// file given: the default one; an empty name: no history file. Only a
// terminal REPL has history.
function setupHistory(repl, file, cb) {
  if (file === undefined || file === null) file = defaultHistoryFile();
  if (typeof file !== 'string' || file.trim() === '' || !repl.terminal) {
    process.nextTick(cb, null, repl);
    return;
  }
  const cannotOpen = () => {
    repl._writeToOutput('\nError: Could not open history file.\nREPL session history will not be ' +
                        'persisted.\n');
    repl._refreshLine();
  };
  let fd = null;
  let timer = null;
  let writing = false;
  let again = false;

  repl.pause();
  fs.open(file, 'a+', 0o600, (err, handle) => {
    if (err) {
      cannotOpen();
      repl.resume();
      cb(null, repl);
      return;
    }
    fd = handle;
    let data = '';
    try {
      data = fs.readFileSync(file, 'utf8');
    } catch {
      // unreadable: a session without the old lines
    }
    if (data) repl.history = data.split(/[\n\r]+/).filter(Boolean).slice(0, repl.historySize);
    repl.on('line', onLine);
    repl.once('exit', onExit);
    repl.resume();
    cb(null, repl);
  });

  function onLine() {
    repl._flushing = true;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, kDebounceMs);
  }

  function flush() {
    timer = null;
    if (writing) {  // one write at a time; the newest history goes next
      again = true;
      return;
    }
    writing = true;
    const data = repl.history.join('\n');
    fs.ftruncate(fd, 0, (err) => {
      if (err) return written(err);
      fs.write(fd, data, 0, 'utf8', written);
    });
  }

  function written() {
    // A failed write does not stop the session.
    writing = false;
    if (again) {
      again = false;
      flush();
      return;
    }
    repl._flushing = timer !== null;
    if (!repl._flushing) repl.emit('flushHistory');
  }

  function onExit() {
    if (repl._flushing) {
      repl.once('flushHistory', onExit);
      return;
    }
    repl.off('line', onLine);
    fs.close(fd, () => {});
  }
}

const commonWords = [
  'async', 'await', 'break', 'case', 'catch', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield',
];

function isIdentifier(name) {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(name);
}

module.exports = { commonWords, defaultHistoryFile, isIdentifier, setupHistory };
