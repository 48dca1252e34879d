'use strict';
// diagnostics_channel: channels shared by name, subscribers called in order
// with (message, name), a subscriber's throw reported as an uncaught
// exception on a later tick without stopping the others, the inactive and
// active shapes of a channel, bound stores, and a TracingChannel's five
// channels around traceSync, tracePromise and traceCallback.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');

assert.strictEqual(require('node:diagnostics_channel'), dc);

// Shared by name; inactive until subscribed.
const ch = dc.channel('test:first');
assert.strictEqual(dc.channel('test:first'), ch);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'test:first');
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:first'), false);
assert.strictEqual(dc.hasSubscribers('test:never-made'), false);
ch.publish('nobody hears this');
assert.strictEqual(ch.runStores(1, (a, b) => a + b, null, 2, 3), 5);

const symbolChannel = dc.channel(Symbol('sym'));
assert.strictEqual(typeof symbolChannel.name, 'symbol');
assert.throws(() => dc.channel(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (5)',
});
assert.throws(() => ch.subscribe('no'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// Subscribers in order; one that throws does not stop the next.
const heard = [];
const first = (message, name) => heard.push(['first', message, name]);
const thrower = common.mustCall(() => { throw new Error('from a subscriber'); });
const second = (message) => heard.push(['second', message]);
ch.subscribe(first);
dc.subscribe('test:first', thrower);
ch.subscribe(second);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('test:first'), true);

process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from a subscriber');
  // Reported after the publish returned, not inside it.
  assert.strictEqual(published, true);
}));
let published = false;
ch.publish({ n: 1 });
published = true;
assert.deepStrictEqual(heard, [['first', { n: 1 }, 'test:first'], ['second', { n: 1 }]]);

assert.strictEqual(dc.unsubscribe('test:first', thrower), true);
assert.strictEqual(ch.unsubscribe(thrower), false);
assert.strictEqual(dc.unsubscribe('test:never-made', first), false);

// A subscriber added during a publish hears only the next one.
heard.length = 0;
const late = (message) => heard.push(['late', message]);
const adder = (message) => { heard.push(['adder', message]); ch.subscribe(late); };
ch.unsubscribe(second);
ch.subscribe(adder);
ch.publish('a');
ch.unsubscribe(adder);
ch.publish('b');
assert.deepStrictEqual(heard,
                       [['first', 'a', 'test:first'], ['adder', 'a'],
                        ['first', 'b', 'test:first'], ['late', 'b']]);
ch.unsubscribe(first);
ch.unsubscribe(late);
assert.strictEqual(ch.hasSubscribers, false);

// Stores: runStores runs fn inside every bound store's run(), with the
// value the transform makes of the message, and publishes on the way in.
const store = {
  current: undefined,
  run(value, fn) {
    const before = this.current;
    this.current = value;
    try { return fn(); } finally { this.current = before; }
  },
};
const storeChannel = dc.channel('test:store');
storeChannel.bindStore(store, (message) => ({ wrapped: message }));
const messages = [];
storeChannel.subscribe((message) => messages.push([message, store.current]));
const result = storeChannel.runStores('m', function(x) {
  assert.strictEqual(this, 'self');
  return [x, store.current];
}, 'self', 'arg');
assert.deepStrictEqual(result, ['arg', { wrapped: 'm' }]);
assert.deepStrictEqual(messages, [['m', { wrapped: 'm' }]]);
assert.strictEqual(store.current, undefined);
assert.strictEqual(storeChannel.unbindStore(store), true);
assert.strictEqual(storeChannel.unbindStore(store), false);

// TracingChannel: five channels named tracing:NAME:EVENT.
const tc = dc.tracingChannel('test:trace');
assert.strictEqual(tc.start, dc.channel('tracing:test:trace:start'));
assert.strictEqual(tc.asyncEnd.name, 'tracing:test:trace:asyncEnd');
assert.strictEqual(tc.hasSubscribers, false);
assert.deepStrictEqual(Object.keys(tc), []);

// With nobody listening, fn is just called: the context is left alone.
const quiet = {};
assert.strictEqual(tc.traceSync((a) => a * 2, quiet, null, 21), 42);
assert.deepStrictEqual(quiet, {});

const events = [];
const handlers = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[event] = (context) => events.push([event, { ...context }]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);

assert.strictEqual(tc.traceSync((a) => a * 2, { call: 'sync' }, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('sync throw'); }, { call: 'throw' }),
              /sync throw/);
const failure = events.find(([event]) => event === 'error')[1].error;
assert.deepStrictEqual(events.map(([event, context]) => [event, context.call, context.result]), [
  ['start', 'sync', undefined], ['end', 'sync', 42],
  ['start', 'throw', undefined], ['error', 'throw', undefined], ['end', 'throw', undefined],
]);
assert.strictEqual(failure.message, 'sync throw');

events.length = 0;
tc.traceCallback((x, callback) => setImmediate(callback, null, x + 1), 1, { call: 'cb' }, null,
                 1, common.mustCall((err, value) => {
                   assert.strictEqual(err, null);
                   assert.strictEqual(value, 2);
                   events.push(['callback']);
                 }));
setImmediate(common.mustCall(() => {
  const seen = events.map(([event, context]) => (context ? [event, context.result] : [event]));
  assert.deepStrictEqual(seen, [
    ['start', undefined], ['end', undefined], ['asyncStart', 2], ['callback'],
    ['asyncEnd', 2],
  ]);
  events.length = 0;
  const resolved = tc.tracePromise(async (x) => x * 3, { call: 'promise' }, null, 5);
  const rejected = tc.tracePromise(() => Promise.reject(new Error('no')), { call: 'reject' });
  Promise.allSettled([resolved, rejected]).then(common.mustCall((outcomes) => {
    assert.strictEqual(outcomes[0].value, 15);
    assert.strictEqual(outcomes[1].reason.message, 'no');
    assert.deepStrictEqual(events.map(([event, context]) => [event, context.call]), [
      ['start', 'promise'], ['end', 'promise'], ['start', 'reject'], ['end', 'reject'],
      ['asyncStart', 'promise'], ['asyncEnd', 'promise'],
      ['error', 'reject'], ['asyncStart', 'reject'], ['asyncEnd', 'reject'],
    ]);
    assert.strictEqual(tc.unsubscribe(handlers), true);
    assert.strictEqual(tc.hasSubscribers, false);
    assert.strictEqual(tc.unsubscribe(handlers), false);
  }));
}));
