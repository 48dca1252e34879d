// BroadcastChannel: every channel of the same name, on any thread of the
// process, receives what one of them posts (not the poster itself). The
// Web's API: an EventTarget with 'message' events (MessageEvent, `data`)
// and `onmessage`. (Node: lib/internal/worker/io.js.)
//
// Underneath, a channel is a MessagePort of 05-modules/worker/message_port.h
// whose end has no peer but a group name: posting serializes the value once
// and queues a copy for each other member, waking each member's loop with
// its own uv_async_t. As in Node, an open channel keeps its loop alive
// (ref'd from the start) until close() or unref().
'use strict';

const { joinBroadcastChannel } = internalBinding('worker');
const { Event, EventTarget, defineEventHandler } = require('internal/event_target');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const kHandle = Symbol('kHandle');
const kName = Symbol('kName');

class MessageEvent extends Event {
  #data;
  constructor(type, init = {}) {
    super(type);
    this.#data = init.data;
  }

  get data() { return this.#data; }
  get origin() { return ''; }
  get lastEventId() { return ''; }
  get source() { return null; }
  get ports() { return []; }
}

function invalidState() {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const handle = joinBroadcastChannel(this[kName]);
    EventEmitterInit(handle);
    handle.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data })));
    handle.on('messageerror', (error) =>
      this.dispatchEvent(new MessageEvent('messageerror', { data: error })));
    this[kHandle] = handle;
  }

  get name() { return this[kName]; }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === undefined) throw invalidState();
    this[kHandle].postMessage(message);
  }

  close() {
    if (this[kHandle] === undefined) return;
    const handle = this[kHandle];
    this[kHandle] = undefined;
    handle.removeAllListeners('message');
    handle.close();
  }

  ref() {
    this[kHandle]?.ref();
    return this;
  }

  unref() {
    this[kHandle]?.unref();
    return this;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

function EventEmitterInit(handle) {
  require('events').call(handle);
}

module.exports = { BroadcastChannel, MessageEvent };
