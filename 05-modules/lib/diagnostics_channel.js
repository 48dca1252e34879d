// `diagnostics_channel`: named publish/subscribe points that a library puts
// in its hot paths so that a tracer (an APM agent, a test) can watch it.
// (Node: lib/diagnostics_channel.js.)
//
// The design point is that publishing must cost next to nothing when nobody
// listens. A library asks for `channel('name')` once, at load time, and on
// every request checks `ch.hasSubscribers` before it builds a message. So a
// channel has two shapes, as Node's has: an inactive Channel, whose publish
// and runStores do nothing extra, and an ActiveChannel, which it becomes
// (its prototype is swapped) on the first subscriber or bound store and
// stops being when the last one goes. `instanceof Channel` holds for both.
//
// Channels are shared by name: every channel('x') returns the same object,
// which is what lets a subscriber in one package hear a publisher in
// another. (Node keeps an unused channel only weakly; here the registry keeps
// every channel asked for, which no program can tell apart except by memory.)
//
// A subscriber that throws must not break the publisher: its error is
// rethrown on the next tick, where it is an uncaught exception like any
// other, and the remaining subscribers still run.
//
// Stores: bindStore(store, transform) ties the channel to a context store
// (anything with run(value, fn), such as AsyncLocalStorage); runStores(data,
// fn) runs fn inside every bound store's run(), with the store's value made
// from data, and publishes data on the way in.
//
// TracingChannel groups five channels (`tracing:NAME:start`, end,
// asyncStart, asyncEnd, error) and traces one call through them:
// traceSync, tracePromise and traceCallback. The context object they publish
// collects `result` or `error`. With no subscriber at all they only call fn.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map();  // name -> Channel

// A subscriber's or transform's error, rethrown where it cannot hurt the
// code that published.
function rethrowLater(err) {
  process.nextTick(() => { throw err; });
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A new array, never a push: a publish under way keeps the list it
    // started with, so subscribing from inside a subscriber is safe.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    deactivateIfUnused(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    deactivateIfUnused(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        rethrowLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    // Built from the inside out: the innermost step publishes and calls fn;
    // each bound store wraps the steps inside it in its run().
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => {
        let value;
        try {
          value = transform === undefined ? data : transform(data);
        } catch (err) {
          rethrowLater(err);
          return inner();
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function deactivateIfUnused(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const proto = instance == null ? null : Object.getPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  // The first subscriber or store turns the channel active, then the
  // active method does the work.
  activate() {
    this._subscribers = [];
    this._stores = new Map();
    Object.setPrototypeOf(this, ActiveChannel.prototype);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this.activate();
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    this.activate();
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const existing = channels.get(name);
  return existing === undefined ? false : existing.unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name);
  return existing === undefined ? false : existing.hasSubscribers;
}

const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of kTraceEvents) {
      let ch;
      if (typeof nameOrChannels === 'string') {
        ch = channel(`tracing:${nameOrChannels}:${event}`);
      } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
        ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], ch);
        }
      } else {
        throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
                                       ['string', 'object', 'TracingChannel'], nameOrChannels);
      }
      // Not enumerable, as Node's: a TracingChannel prints as `TracingChannel {}`.
      Object.defineProperty(this, event, { value: ch });
    }
  }

  get hasSubscribers() {
    return kTraceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of kTraceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of kTraceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return traceCall(this, context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const settled = (outcome) => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return outcome;
    };
    const resolve = (result) => {
      context.result = result;
      return settled(result);
    };
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      return settled(Promise.reject(err));
    };
    return traceCall(this, context, () => {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    // The callback is replaced by one that records the outcome and runs the
    // real callback between asyncStart and asyncEnd.
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return traceCall(this, context, () => Reflect.apply(fn, thisArg, args));
  }
}

// The synchronous part of every trace: `call` inside start's stores, with
// start published before it and end after it, and a throw published on
// error (and rethrown).
function traceCall(tracing, context, call) {
  const { start, end, error } = tracing;
  return start.runStores(context, () => {
    try {
      return call();
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
