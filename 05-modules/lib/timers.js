// `timers`: the timer functions as a module. They are stage 02's globals:
// one list per duration over a single libuv timer (02-event-loop/timers.h),
// kept in C++ on purpose (DESIGN rule 5); `timers/promises` wraps them.
'use strict';

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  get promises() {
    return require('timers/promises');
  },
};
