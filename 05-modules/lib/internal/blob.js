// Blob and File: immutable bytes with a MIME type, as the Web defines them.
// (Node: lib/internal/blob.js, which keeps the bytes in C++.)
//
// Here the bytes are one Buffer, copied once when the Blob is made; slice()
// shares it. text() and arrayBuffer() answer with promises, as the Web's
// API does, though nothing here needs to wait. There is no blob: URL store,
// so resolveObjectURL() finds nothing.
'use strict';

const { Buffer } = internalBinding('buffer');
const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

// A type is kept only if it is printable ASCII; it is lower-cased.
function normalizeType(type) {
  const text = `${type}`;
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : '';
}

function bytesOf(part) {
  if (part instanceof Blob) return part[kBytes];
  if (part instanceof ArrayBuffer || part instanceof SharedArrayBuffer) return Buffer.from(part);
  if (ArrayBuffer.isView(part)) return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  return Buffer.from(`${part}`, 'utf8');
}

// A relative index (negative counts from the end) clamped to [0, size].
function clampIndex(index, size, fallback) {
  if (index === undefined) return fallback;
  const n = Math.trunc(Number(index)) || 0;
  return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    this[kBytes] = Buffer.concat(Array.from(sources, bytesOf));
    this[kType] = normalizeType(options?.type ?? '');
  }

  get size() { return this[kBytes].length; }
  get type() { return this[kType]; }

  slice(start = undefined, end = undefined, contentType = '') {
    const size = this.size;
    const from = clampIndex(start, size, 0);
    const to = Math.max(clampIndex(end, size, size), from);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].subarray(from, to);
    return blob;
  }

  // The bytes, then decoded: one promise step after arrayBuffer(), as in Node.
  text() { return this.arrayBuffer().then((bytes) => Buffer.from(bytes).toString('utf8')); }

  arrayBuffer() {
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  get [Symbol.toStringTag]() { return 'Blob'; }

  [inspect.custom](depth, options) {
    const fields = { size: this.size, type: this.type, ...this.extraFields() };
    return `${this.constructor.name} ${inspect(fields, options)}`;
  }

  extraFields() { return {}; }
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(sources, name, options = undefined) {
    super(sources, options);
    this.#name = `${name}`;
    this.#lastModified = options?.lastModified === undefined ? Date.now() :
      Number(options.lastModified);
  }

  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }
  get [Symbol.toStringTag]() { return 'File'; }
  extraFields() { return { name: this.name, lastModified: this.lastModified }; }
}

function resolveObjectURL() { return undefined; }

module.exports = { Blob, File, resolveObjectURL };
