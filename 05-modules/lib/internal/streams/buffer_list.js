// The queue of chunks a Readable holds between push() and read().
// (Node: lib/internal/streams/readable.js keeps an array and an index.)
//
// Chunks go in at the back (push) or the front (unshift), and come out
// whole (shift) or as exactly `n` bytes or characters (consume), which may
// take the end of one chunk and leave the rest of it at the front. The
// array is never shifted one slot at a time: `head` walks forward and the
// consumed prefix is cut off now and then, so a long queue costs O(1) per
// chunk. The Readable keeps the total size itself (state.length).
'use strict';

class BufferList {
  constructor() {
    this.chunks = [];
    this.head = 0;
  }

  get count() {
    return this.chunks.length - this.head;
  }

  push(chunk) {
    this.chunks.push(chunk);
  }

  unshift(chunk) {
    if (this.head > 0) this.chunks[--this.head] = chunk;
    else this.chunks.unshift(chunk);
  }

  first() {
    return this.chunks[this.head];
  }

  shift() {
    const chunk = this.chunks[this.head];
    this.chunks[this.head++] = undefined;
    if (this.head === this.chunks.length) {
      this.clear();
    } else if (this.head > 1024 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
    return chunk;
  }

  clear() {
    this.chunks = [];
    this.head = 0;
  }

  toArray() {
    return this.chunks.slice(this.head);
  }

  // Everything, as one string (after setEncoding) or one Buffer.
  join() {
    return this.chunks.slice(this.head).join('');
  }

  concat(totalLength) {
    if (this.count === 1) return this.first();
    return Buffer.concat(this.toArray(), totalLength);
  }

  // The first n bytes (or characters, when the chunks are strings).
  consume(n, hasStrings) {
    const first = this.first();
    if (n < first.length) {
      this.chunks[this.head] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return this.shift();
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let ret = '';
    while (ret.length < n) {
      const chunk = this.first();
      const need = n - ret.length;
      if (chunk.length > need) {
        ret += chunk.slice(0, need);
        this.chunks[this.head] = chunk.slice(need);
      } else {
        ret += this.shift();
      }
    }
    return ret;
  }

  takeBuffer(n) {
    const ret = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.first();
      const need = n - filled;
      if (chunk.length > need) {
        ret.set(chunk.subarray(0, need), filled);
        this.chunks[this.head] = chunk.subarray(need);
        filled = n;
      } else {
        ret.set(chunk, filled);
        filled += chunk.length;
        this.shift();
      }
    }
    return ret;
  }
}

module.exports = BufferList;
