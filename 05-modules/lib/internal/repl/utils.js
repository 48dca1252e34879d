'use strict';

// Pieces of the REPL that are not the loop itself: the history file, and
// the words completion offers. (Node: lib/internal/repl/history.js,
// lib/internal/repl/utils.js.)
//
// The history file keeps the lines of past sessions, newest first, one per
// line, so that up-arrow reaches them in a new session. Its name is
// ~/.node_in_layers_repl_history (this runtime's, not Node's), or whatever
// NODE_REPL_HISTORY says; NODE_REPL_HISTORY='' (or only spaces) turns it
// off. It is rewritten after each line, synchronously: a REPL that exits
// at once still has it.

const fs = require('fs');
const path = require('path');

const kHistoryName = '.node_in_layers_repl_history';

function defaultHistoryFile() {
  return path.join(require('os').homedir(), kHistoryName);
}

// Loads `file` into repl.history and saves the history there on each new
// line; cb(err, repl) once loaded. No file given: the default one; an empty
// name: no history file. Only a terminal REPL has history.
function setupHistory(repl, file, cb) {
  if (file === undefined || file === null) file = defaultHistoryFile();
  if (typeof file !== 'string' || file.trim() === '' || !repl.terminal) {
    process.nextTick(cb, null, repl);
    return;
  }
  let data = '';
  try {
    data = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err.code !== 'ENOENT') {
      repl._writeToOutput('\nError: Could not open history file.\nREPL session history will not be ' +
                          'persisted.\n');
      process.nextTick(cb, null, repl);
      return;
    }
  }
  if (data) repl.history = data.split(/[\n\r]+/).filter(Boolean).slice(0, repl.historySize);
  repl.on('history', (history) => {
    try {
      fs.writeFileSync(file, history.join('\n'), { mode: 0o600 });
    } catch {
      // A history that cannot be saved does not stop the session.
    }
  });
  process.nextTick(cb, null, repl);
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
