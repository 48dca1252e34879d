// What keeps a process alive: referenced handles. unref() lets go.
const heartbeat = setInterval(() => console.log('heartbeat (never: unref\'d)'), 1000);
heartbeat.unref();
console.log('heartbeat.hasRef():', heartbeat.hasRef());

let ticks = 0;
const work = setInterval(() => {
  ticks++;
  console.log(`work ${ticks}`);
  if (ticks === 3) {
    clearInterval(work); // nothing ref'd is left: the loop ends
    process.exitCode = 3; // and this is the exit code
  }
}, 10);
