'use strict';

// readline/promises: the Interface whose question() returns a promise, and
// Readline, a buffer of cursor moves and erasures written to a stream in one
// commit(). (Node: lib/readline/promises.js, lib/internal/readline/promises.js.)

const { Interface: BaseInterface, kQuestionReject } = require('internal/readline/interface');
const { CSI } = require('internal/readline/utils');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } =
  require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

class Interface extends BaseInterface {
  // A rejected question: the signal aborted it, or Ctrl+C / Ctrl+D closed
  // the interface while it waited (kQuestionReject).
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let answer = resolve;
      const signal = options ? options.signal : undefined;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        answer = (line) => {
          signal.removeEventListener('abort', onAbort);
          resolve(line);
        };
      }
      this[kQuestionReject] = reject;
      this._question(query, answer);
    });
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                         max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// Each call adds one control sequence to the list (or, with autoCommit,
// writes it on the next tick); commit() writes the list as one chunk.
class Readline {
  #stream;
  #autoCommit = false;
  #todo = [];

  constructor(stream, options = undefined) {
    if (stream == null || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options != null && options.autoCommit != null) {
      if (typeof options.autoCommit !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.autoCommit', 'boolean', options.autoCommit);
      }
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (!(dx || dy)) return this;
    validateInteger(dx, 'dx');
    validateInteger(dy, 'dy');
    let data = '';
    if (dx) data += dx < 0 ? CSI`${-dx}D` : CSI`${dx}C`;
    if (dy) data += dy < 0 ? CSI`${-dy}A` : CSI`${dy}B`;
    return this.#add(data);
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(dir < 0 ? CSI.kClearToLineBeginning :
      dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine);
  }

  clearScreenDown() {
    return this.#add(CSI.kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
