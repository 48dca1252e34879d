// `events`: EventEmitter, the pattern under every stream, socket and server
// of Node. (Node: lib/events.js.)
//
// An emitter keeps, per event name, the functions to call: `on` adds one,
// `emit` calls them in order, synchronously, with the arguments it was
// given. The listeners live in `_events`, an object with no prototype: one
// listener is kept as the function itself, several as an array (the common
// case of one listener costs no array). `once` adds a wrapper that removes
// itself before calling the listener.
//
// Three events are special. 'error' with no listener throws (an emitter
// that fails with nobody listening must not fail silently). 'newListener'
// is emitted before a listener is added and 'removeListener' after one is
// removed, so an emitter can start or stop work when someone listens.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNHANDLED_ERROR },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateNumber, validateObject } =
  require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');

let defaultMaxListeners = 10;
let defaultCaptureRejections = false;

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(options) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (options?.captureRejections) {
    if (typeof options.captureRejections !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean',
                                     options.captureRejections);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype[kCapture] = false;

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

Object.defineProperties(EventEmitter, {
  defaultMaxListeners: {
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        throw new ERR_OUT_OF_RANGE('defaultMaxListeners', '>= 0', n);
      }
      defaultMaxListeners = n;
    },
  },
  captureRejections: {
    enumerable: true,
    get() { return defaultCaptureRejections; },
    set(value) {
      if (typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
      }
      defaultCaptureRejections = value;
      EventEmitter.prototype[kCapture] = value;
    },
  },
  errorMonitor: { value: kErrorMonitor, enumerable: true },
  captureRejectionSymbol: { value: kRejection, enumerable: true },
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false },
});

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// ---- emit ----

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
    this.emit(kErrorMonitor, ...args);
  }
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === 'error') throwUnhandledError(this, args[0]);
    return false;
  }
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) captureRejection(this, result, type, args);
  } else {
    // A copy: a listener that adds or removes listeners does not change
    // who is called for this event.
    for (const listener of handler.slice()) {
      const result = Reflect.apply(listener, this, args);
      if (result !== undefined && result !== null) captureRejection(this, result, type, args);
    }
  }
  return true;
};

function throwUnhandledError(emitter, error) {
  if (error instanceof Error) throw error;  // the error itself, with its own stack
  let shown;
  try {
    shown = require('internal/util/inspect').inspect(error);
  } catch {
    shown = String(error);
  }
  const wrapped = new ERR_UNHANDLED_ERROR(shown);
  wrapped.context = error;
  throw wrapped;
}

// With captureRejections, a listener's rejected promise becomes an 'error'
// (or a call of the emitter's [Symbol.for('nodejs.rejection')]).
function captureRejection(emitter, result, type, args) {
  if (!emitter[kCapture] || typeof result.then !== 'function') return;
  result.then(undefined, (error) => {
    process.nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection](error, type, ...args);
      } else {
        const previous = emitter[kCapture];
        try {
          emitter[kCapture] = false;  // an 'error' listener's own rejection is not captured
          emitter.emit('error', error);
        } finally {
          emitter[kCapture] = previous;
        }
      }
    });
  });
}

// ---- adding and removing ----

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    events = target._events;  // a 'newListener' listener may have reset them
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    const name = target.constructor?.name || 'EventEmitter';
    const warning = new Error(
      `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
      `added to [${name}]. MaxListeners is ${max}. Use emitter.setMaxListeners() to ` +
      'increase limit');
    warning.name = 'MaxListenersExceededWarning';
    warning.emitter = target;
    warning.type = type;
    warning.count = list.length;
    process.emitWarning(warning);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListenerMethod(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, arguments);
  }
  return undefined;
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) events[type] = undefined;
    else if (this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // The last one added that matches goes first.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody hears 'removeListener': drop everything at once.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Otherwise one by one, so that each removal is announced; the
  // 'removeListener' listeners themselves go last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// ---- asking ----

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  const all = typeof list === 'function' ? [list] : list;
  if (listener === undefined || listener === null) return all.length;
  return all.filter((l) => l === listener || l.listener === listener).length;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(listenerCount, emitter, [type]);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- the static helpers ----

EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else if (typeof target.addEventListener === 'function') {
      target[kMaxEventTargetListeners] = n;
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (typeof emitterOrTarget?.addEventListener === 'function') {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
};

EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (typeof emitterOrTarget.addEventListener === 'function') {
    const { getEventTargetListeners } = require('internal/event_target');
    return getEventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
};

function listen(target, name, listener, options) {
  if (typeof target.on === 'function') {
    if (options?.once) target.once(name, listener);
    else target.on(name, listener);
  } else if (typeof target.addEventListener === 'function') {
    target.addEventListener(name, listener, options);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', target);
  }
}

function unlisten(target, name, listener) {
  if (typeof target.removeListener === 'function') target.removeListener(name, listener);
  else target.removeEventListener(name, listener);
}

// events.once(emitter, name): a promise of the arguments of the next
// `name` event, rejected by an 'error' event or an aborted signal.
EventEmitter.once = function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      unlisten(emitter, name, onEvent);
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onEvent = (...args) => {
      if (name !== 'error' && typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', onError);
      }
      signal?.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      unlisten(emitter, name, onEvent);
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      reject(new AbortError(undefined, { cause: signal.reason }));
    };
    listen(emitter, name, onEvent, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
};

// events.on(emitter, name): an async iterator of the arguments of every
// `name` event; an 'error' event makes the next step throw.
EventEmitter.on = function on(emitter, name, options = {}) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const unconsumed = [];  // events nobody has asked for yet
  const waiting = [];  // { resolve, reject } of next() calls not yet answered
  let error = null;
  let finished = false;

  const onEvent = (...args) => {
    const next = waiting.shift();
    if (next) next.resolve({ value: args, done: false });
    else unconsumed.push(args);
  };
  const onError = (err) => {
    finished = true;
    const next = waiting.shift();
    if (next) next.reject(err);
    else error = err;
    iterator.return();
  };
  const onAbort = () => onError(new AbortError(undefined, { cause: signal?.reason }));
  const close = () => {
    unlisten(emitter, name, onEvent);
    if (name !== 'error' && typeof emitter.removeListener === 'function') {
      emitter.removeListener('error', onError);
    }
    signal?.removeEventListener('abort', onAbort);
    finished = true;
    for (const next of waiting.splice(0)) next.resolve({ value: undefined, done: true });
  };

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumed.length > 0) return Promise.resolve({ value: unconsumed.shift(), done: false });
      if (error) {
        const pending = Promise.reject(error);
        error = null;
        return pending;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!(err instanceof Error)) throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      error = err;
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));

  listen(emitter, name, onEvent);
  if (name !== 'error' && typeof emitter.on === 'function') emitter.on('error', onError);
  signal?.addEventListener('abort', onAbort, { once: true });
  return iterator;
};

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;

module.exports = EventEmitter;
