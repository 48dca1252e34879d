// process.allowedNodeEnvironmentFlags: the command-line options this
// runtime understands, as a read-only Set. (Node: lib/internal/process/
// per_thread.js, NodeEnvironmentFlagsSet.)
//
// Node answers "may this option go in NODE_OPTIONS?" for the flags of its
// own build; here the list is this program's (process_methods.cc gives it):
// the stage's options, the shared command line's --trace-uncaught, and the
// V8 options Node lists that V8 takes here too. has() reads a flag as a
// user would write it: with or without its dashes, '_' for '-', and with
// '=value' after it.
'use strict';

class NodeEnvironmentFlagsSet extends Set {
  constructor(flags) {
    super();
    for (const flag of flags) Set.prototype.add.call(this, flag);
    Object.freeze(this);
  }

  // Read-only: the Set methods that would change it do nothing.
  add() {
    return this;
  }

  delete() {
    return false;
  }

  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-').replace(/=[\s\S]*$/, '');
    if (!key.startsWith('-')) key = `--${key}`;
    return Set.prototype.has.call(this, key);
  }
}

function allowedFlags(flags) {
  return new NodeEnvironmentFlagsSet(flags);
}

module.exports = { allowedFlags };
