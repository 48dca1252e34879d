// Should output to this stream be coloured? (Node: lib/internal/util/colors.js.)
//
// The console asks before printing each value (its colorMode 'auto') and
// util.styleText before styling. FORCE_COLOR answers for every stream, even
// a pipe or a file, so that a program run under a test runner or a pager can
// still be coloured on request; otherwise only a terminal that has more than
// two colours is (getColorDepth, lib/internal/tty.js).
'use strict';

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return stream?.isTTY === true &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

module.exports = { shouldColorize };
