// addAbortSignal(signal, stream): destroy the stream with an AbortError
// when the signal aborts. (Node: lib/internal/streams/add-abort-signal.js.)
// The `signal` option of every stream constructor goes through here. The
// listener is removed once the stream is finished, so a long-lived signal
// does not keep finished streams alive.
'use strict';

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { isNodeStream } = require('internal/streams/utils');

let eos;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    eos ??= require('internal/streams/end-of-stream');
    signal.addEventListener('abort', onAbort, { once: true });
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
