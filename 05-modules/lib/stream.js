// `stream`: Node's streams, the shape of every flow of data in Node
// (files, sockets, pipes, the terminal, HTTP bodies). (Node: lib/stream.js.)
//
// require('stream') is the legacy Stream constructor itself, carrying the
// classes and helpers as properties, as Node does. The machinery is in
// internal/streams/: read readable.js and writable.js first (one chunk's
// path through each), then duplex.js and transform.js, then the helpers
// (end-of-stream.js is finished(), pipeline.js, from.js, destroy.js).
'use strict';

const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } =
  require('internal/streams/state');

module.exports = Stream;
Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises;
  },
});
Object.defineProperty(pipeline, require('util').promisify.custom, {
  enumerable: true,
  get() { return Stream.promises.pipeline; },
});
Object.defineProperty(eos, require('util').promisify.custom, {
  enumerable: true,
  get() { return Stream.promises.finished; },
});

// Backwards compatibility: the old stream module's own name for itself.
Stream.Stream = Stream;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._uint8ArrayToBuffer = (chunk) =>
  Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
