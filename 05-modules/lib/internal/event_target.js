// EventTarget and Event: the Web platform's event model, which Node offers
// as globals beside its own EventEmitter. (Node: lib/internal/event_target.js.)
//
// The differences from EventEmitter are the Web's: a listener gets one
// Event object; a listener is a function or an object with handleEvent();
// the same listener is added once per type (and capture flag); options
// `once`, `passive` and `signal` (an AbortSignal that removes it);
// dispatchEvent returns false when a cancelable event was preventDefault()-ed;
// an exception in a listener does not stop the others (it is reported as an
// uncaught exception on the next tick).
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS } } =
  require('internal/errors');
const { inspect } = require('internal/util/inspect');

const kType = Symbol('type');
const kTarget = Symbol('target');
const kStop = Symbol('stop');
const kDefaultPrevented = Symbol('defaultPrevented');
const kCancelable = Symbol('cancelable');
const kBubbles = Symbol('bubbles');
const kComposed = Symbol('composed');
const kTimestamp = Symbol('timestamp');
const kIsBeingDispatched = Symbol('isBeingDispatched');
const kEvents = Symbol('kEvents');

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this[kType] = `${type}`;
    this[kCancelable] = !!options?.cancelable;
    this[kBubbles] = !!options?.bubbles;
    this[kComposed] = !!options?.composed;
    this[kDefaultPrevented] = false;
    this[kTimestamp] = performance.now();
    this[kTarget] = null;
    this[kStop] = false;
    this[kIsBeingDispatched] = false;
  }

  get type() { return this[kType]; }
  get target() { return this[kTarget]; }
  get currentTarget() { return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { return this[kTarget]; }
  get cancelable() { return this[kCancelable]; }
  get bubbles() { return this[kBubbles]; }
  get composed() { return this[kComposed]; }
  get defaultPrevented() { return this[kCancelable] && this[kDefaultPrevented]; }
  get timeStamp() { return this[kTimestamp]; }
  get eventPhase() { return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get isTrusted() { return false; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  set cancelBubble(value) { if (value) this[kStop] = true; }

  composedPath() { return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  preventDefault() { this[kDefaultPrevented] = true; }
  stopPropagation() { this[kStop] = true; }
  stopImmediatePropagation() { this[kStop] = true; }

  [inspect.custom](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this[kDefaultPrevented],
      cancelable: this[kCancelable],
      timeStamp: this[kTimestamp],
    }, options)}`;
  }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
                             ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() { return this.#detail; }
}

function validateListener(listener) {
  if (typeof listener === 'function' ||
      (listener !== null && typeof listener === 'object' && typeof listener.handleEvent === 'function')) {
    return true;
  }
  if (listener == null) return false;  // the Web ignores null listeners
  if (typeof listener === 'object') return true;  // handleEvent may be added later
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function flattenOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  return {
    once: !!options?.once,
    capture: !!options?.capture,
    passive: !!options?.passive,
    signal: options?.signal,
  };
}

class EventTarget {
  constructor() {
    this[kEvents] = new Map();  // type -> [{ listener, capture, once, removed }]
  }

  addEventListener(type, listener, options = undefined) {
    if (!(kEvents in this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    const { once, capture, signal } = flattenOptions(options);
    if (signal?.aborted) return;
    type = `${type}`;
    let list = this[kEvents].get(type);
    if (!list) this[kEvents].set(type, list = []);
    if (list.some((entry) => entry.listener === listener && entry.capture === capture)) return;
    const entry = { listener, capture, once, removed: false };
    list.push(entry);
    signal?.addEventListener('abort', () => this.removeEventListener(type, listener, options),
                             { once: true });
  }

  removeEventListener(type, listener, options = undefined) {
    if (!(kEvents in this)) throw new ERR_INVALID_THIS('EventTarget');
    const { capture } = flattenOptions(options);
    const list = this[kEvents].get(`${type}`);
    if (!list) return;
    const index = list.findIndex((entry) => entry.listener === listener && entry.capture === capture);
    if (index === -1) return;
    list[index].removed = true;
    list.splice(index, 1);
  }

  dispatchEvent(event) {
    if (!(kEvents in this)) throw new ERR_INVALID_THIS('EventTarget');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('The event is already being dispatched', 'InvalidStateError');
    }
    event[kTarget] = this;
    event[kIsBeingDispatched] = true;
    // Listeners added while dispatching are not called for this event.
    const list = [...(this[kEvents].get(event.type) ?? [])];
    for (const entry of list) {
      if (entry.removed) continue;
      if (entry.once) this.removeEventListener(event.type, entry.listener, entry);
      try {
        const { listener } = entry;
        const result = typeof listener === 'function' ? Reflect.apply(listener, this, [event]) :
          listener.handleEvent(event);
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, (error) => process.nextTick(() => { throw error; }));
        }
      } catch (error) {
        process.nextTick(() => { throw error; });
      }
      if (event[kStop]) break;
    }
    event[kIsBeingDispatched] = false;
    return !event.defaultPrevented;
  }

  [inspect.custom](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', configurable: true,
});

// What events.getEventListeners() answers for an EventTarget.
function getEventTargetListeners(target, type) {
  return (target[kEvents].get(type) ?? []).map((entry) => entry.listener);
}

// `onabort`-style handler properties: target.onX = fn adds fn as a listener
// (replacing the previous one).
function defineEventHandler(prototype, name) {
  const key = Symbol(`on${name}`);
  Object.defineProperty(prototype, `on${name}`, {
    get() { return this[key]?.handler ?? null; },
    set(handler) {
      if (this[key]) this.removeEventListener(name, this[key].wrapper);
      if (typeof handler !== 'function') {
        this[key] = undefined;
        return;
      }
      const wrapper = (event) => handler.call(this, event);
      this[key] = { handler, wrapper };
      this.addEventListener(name, wrapper);
    },
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  CustomEvent, Event, EventTarget, defineEventHandler, getEventTargetListeners, kEvents,
};
