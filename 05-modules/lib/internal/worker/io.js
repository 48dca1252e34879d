// MessagePort and MessageChannel: the JavaScript half of the ports of
// 05-modules/worker/message_port.h. (Node: lib/internal/worker/io.js.)
//
// C++ makes every port (a MessagePort is a handle wrap over a uv_async_t);
// here each becomes an EventEmitter with Node's rules: a 'message' listener
// (or an `onmessage` handler) starts the port and refs it, so a port that
// is listened to keeps its loop alive until it is closed or unref()'d.
// Closing either end closes both, and each emits 'close'.
'use strict';

const EventEmitter = require('events');
const { MessagePort, createChannel, takeWorkerPorts: takeNative } = internalBinding('worker');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST } } =
  require('internal/errors');

const kClosing = Symbol('kClosing');
const kOnMessage = Symbol('kOnMessage');

// C++ asks for the error to throw; `missingTransfer`: a MessagePort was met
// in the value but is not in the transfer list (Node throws a TypeError).
function makeCloneError(message, missingTransfer) {
  if (missingTransfer) return new ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST();
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

// The transfer list: an array, or { transfer: array }. ArrayBuffers and
// MessagePorts move (C++ checks a port's own rules: not the source port,
// not twice, not already gone).
function transferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (!Array.isArray(transfer) && typeof transfer === 'object' &&
      typeof transfer[Symbol.iterator] !== 'function') {
    transfer = transfer.transfer;
    if (transfer === undefined) return [];
  }
  if (typeof transfer[Symbol.iterator] !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transfer);
  }
  const list = [...transfer];
  for (const item of list) {
    if (!(item instanceof ArrayBuffer) && !(item instanceof MessagePort)) {
      throw makeCloneError('Found invalid value in transferList.');
    }
  }
  return list;
}

Object.setPrototypeOf(MessagePort.prototype, EventEmitter.prototype);
const nativeClose = MessagePort.prototype.close;
const { on, once, prependListener, removeListener } = EventEmitter.prototype;

function closeHandle(port) {
  if (port[kClosing]) return;
  port[kClosing] = true;
  nativeClose.call(port, () => port.emit('close'));
}

function listened(port, type) {
  if (type === 'message') {
    port.ref();
    port.start();
  }
}
function unlistened(port, type) {
  if (type === 'message' && port.listenerCount('message') === 0 && !port[kOnMessage]) {
    port.unref();
  }
}

Object.assign(MessagePort.prototype, {
  postMessage(value, transfer) {
    if (arguments.length === 0) {
      const error = new TypeError('Not enough arguments to MessagePort.postMessage');
      throw error;
    }
    const list = transferList(transfer);
    this.post(value, list, makeCloneError);
    // A port that was sent has left this thread: its handle here closes.
    for (const item of list) {
      if (item instanceof MessagePort) closeHandle(item);
    }
  },
  close() {
    if (this[kClosing]) return;
    this.closeChannel();
    closeHandle(this);
  },
  on(type, listener) { on.call(this, type, listener); listened(this, type); return this; },
  addListener(type, listener) { return this.on(type, listener); },
  once(type, listener) { once.call(this, type, listener); listened(this, type); return this; },
  prependListener(type, listener) {
    prependListener.call(this, type, listener);
    listened(this, type);
    return this;
  },
  removeListener(type, listener) {
    removeListener.call(this, type, listener);
    unlistened(this, type);
    return this;
  },
  off(type, listener) { return this.removeListener(type, listener); },
  // Called by C++ (message_port.cc).
  emitMessage(value) {
    if (this[kOnMessage]) this[kOnMessage]({ type: 'message', data: value, target: this });
    this.emit('message', value);
  },
  emitMessageError(error) { this.emit('messageerror', error); },
  onpeerclose() { this.close(); },
});

Object.defineProperty(MessagePort.prototype, 'onmessage', {
  get() { return this[kOnMessage] ?? null; },
  set(handler) {
    this[kOnMessage] = typeof handler === 'function' ? handler : undefined;
    if (this[kOnMessage]) listened(this, 'message');
    else unlistened(this, 'message');
  },
  configurable: true,
  enumerable: true,
});

function setupPort(port) {
  EventEmitter.call(port);
  return port;
}

class MessageChannel {
  constructor() {
    const [port1, port2] = createChannel();
    this.port1 = setupPort(port1);
    this.port2 = setupPort(port2);
  }
}

// In a worker: [the control port, parentPort], which the Worker's
// constructor in the parent handed over; once.
function takeWorkerPorts() {
  const ports = takeNative();
  return ports && ports.map(setupPort);
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  return port.receive();
}

module.exports = { MessagePort, MessageChannel, receiveMessageOnPort, takeWorkerPorts };
