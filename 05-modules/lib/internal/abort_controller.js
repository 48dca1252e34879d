// AbortController and AbortSignal: how an operation in flight is cancelled.
// (Node: lib/internal/abort_controller.js.) The controller owns a signal;
// controller.abort(reason) marks the signal aborted, keeps the reason (a
// DOMException named 'AbortError' by default) and dispatches 'abort' on it.
// APIs that take `{ signal }` listen for that event.
'use strict';

const { EventTarget, Event, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { inspect } = require('internal/util/inspect');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateNumber } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kCreate = Symbol('create');

function abortedError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = abortedError()) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  // A signal that aborts by itself after `delay` ms, with a TimeoutError. Its
  // timer is unref'd: it never keeps the program alive.
  static timeout(delay) {
    validateNumber(delay, 'delay', 0, 4294967295);
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout',
                                           'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  // A signal that aborts when the first of `signals` does, with its reason.
  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    const signal = new AbortSignal(kCreate);
    for (const source of signals) {
      if (!(source instanceof AbortSignal)) {
        throw new ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', source);
      }
      if (source.aborted) return AbortSignal.abort(source.reason);
    }
    for (const source of signals) {
      source.addEventListener('abort', () => abortSignal(signal, source.reason), { once: true });
    }
    return signal;
  }

  [inspect.custom](depth, options) {
    return `AbortSignal ${inspect({ aborted: this[kAborted] }, options)}`;
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', configurable: true,
});

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() { return this.#signal; }

  abort(reason = abortedError()) {
    abortSignal(this.#signal, reason);
  }

  [inspect.custom](depth, options) {
    return `AbortController ${inspect({ signal: this.#signal }, options)}`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', configurable: true,
});

module.exports = { AbortController, AbortSignal };
