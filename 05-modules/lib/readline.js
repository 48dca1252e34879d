'use strict';

// The readline module: lines from a stream, a line editor for terminals, and
// the control sequences that redraw a line. (Node: lib/readline.js.) The
// machinery is in internal/readline/; this file gives it the callback-style
// API: question(query[, { signal }], cb). readline/promises has the same
// Interface with a question() that returns a promise.

const { Interface: BaseInterface } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } =
  require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { validateAbortSignal } = require('internal/validators');

// Callable with or without `new`, as it always was in Node.
// The completer here takes a callback, completer(line, cb); one of a
// single argument returns its answer and is wrapped to take one.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  const wrap = (fn) => (typeof fn === 'function' && fn.length !== 2 ?
    (line, cb) => cb(null, fn(line)) : fn);
  if (input && input.input) input = { ...input, completer: wrap(input.completer) };
  else completer = wrap(completer);
  BaseInterface.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// Completion in the callback style: a completer that answers at once
// completes at once (readline/promises awaits a promise instead).
Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
  this.pause();
  this.completer(this.line.slice(0, this.cursor), (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${require('util').inspect(err)}`);
      return;
    }
    this._tabCompleter(lastKeypressWasTab, value);
  });
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this._questionCancel();
    signal.addEventListener('abort', onAbort, { once: true });
    const answer = cb;
    cb = (line) => {
      signal.removeEventListener('abort', onAbort);
      if (typeof answer === 'function') answer(line);
    };
  }
  if (typeof cb === 'function') this._question(query, cb);
};

// question(query, cb) through util.promisify gives the answer as the value
// (the callback has no error argument).
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: true,
  writable: true,
  value: function question(query, options) {
    return new Promise((resolve, reject) => {
      if (options && options.signal && options.signal.aborted) {
        reject(new (require('internal/errors').AbortError)(undefined,
                                                           { cause: options.signal.reason }));
        return;
      }
      this.question(query, options, resolve);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
