// `timers/promises`: timers that return promises, and setInterval as an
// async iterator. (Node: lib/timers/promises.js.) Each takes
// `{ signal, ref }`: an aborted signal rejects with an AbortError (its
// `cause` is the signal's reason); `ref: false` lets the program end while
// the timer waits.
'use strict';

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');

function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function aborted(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// A promise settled by `schedule`, which starts the timer and returns it
// (so that an abort can clear it with `cancel`).
function timerPromise(value, options, schedule, cancel) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(aborted(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      cancel(timer);
      reject(aborted(signal));
    };
    const timer = schedule(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) timer.unref();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeoutPromise(delay, value, options = {}) {
  return timerPromise(value, options, (done) => setTimeout(done, delay), clearTimeout);
}

function setImmediatePromise(value, options = {}) {
  return timerPromise(value, options, (done) => setImmediate(done), clearImmediate);
}

// Every `delay` ms the next value is `value`; ticks that nobody awaited yet
// are counted, so none is lost.
async function* setIntervalIterator(delay, value, options = {}) {
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw aborted(signal);
  let pending = 0;
  let wake = null;
  const interval = setInterval(() => {
    pending++;
    if (wake) wake();
  }, delay);
  if (!ref) interval.unref();
  const onAbort = () => { if (wake) wake(); };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      wake = null;
      if (signal?.aborted) throw aborted(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeoutPromise(delay, undefined, options),
  yield: () => setImmediatePromise(),
};

module.exports = {
  setTimeout: setTimeoutPromise,
  setImmediate: setImmediatePromise,
  setInterval: setIntervalIterator,
  scheduler,
};
