// Scheduling functions reject a callback that is not a function, as Node does.
const functions = { setTimeout, setInterval, setImmediate, queueMicrotask };
functions['process.nextTick'] = process.nextTick;
for (const [name, schedule] of Object.entries(functions)) {
  for (const bad of [undefined, null, 42, 'code', {}, [1], 5n, Symbol('s')]) {
    try {
      schedule(bad);
      console.log(name, 'accepted', typeof bad);
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
}
