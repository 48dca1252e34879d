// A handle wrap at its simplest: one uv_timer_t behind one JS object.
const { Timer } = internalBinding('timer_wrap');

const ticker = new Timer();
let ticks = 0;
ticker.ontimeout = function () {
  console.log(`tick ${++ticks} (this is the timer: ${this === ticker})`);
  if (ticks === 3) {
    // close() hands the handle back to libuv; the callback runs once libuv
    // has let it go, and then the C++ object is freed.
    this.close(() => console.log('ticker closed; its handle is freed'));
  }
};
console.log('start:', ticker.start(10, 10));  // after 10 ms, then every 10 ms

// An unref'd handle does not keep the process alive: this one never fires.
const sleeper = new Timer();
sleeper.ontimeout = () => console.log('never printed');
sleeper.start(60 * 60 * 1000);
sleeper.unref();
console.log('sleeper keeps the loop alive:', sleeper.hasRef());
