// timers/promises: setTimeout and setImmediate as promises, setInterval as
// an async iterator, AbortSignals (before and during), option errors,
// scheduler, ref: false, and the timers module itself.
const tp = require('timers/promises');
(async () => {
  console.log(await tp.setTimeout(1, 'value'));
  console.log(await tp.setImmediate('imm'));
  let n = 0; for await (const v of tp.setInterval(1, 'tick')) { console.log(v, ++n); if (n === 3) break; }
  const ac = new AbortController(); const p = tp.setTimeout(1000, 'x', { signal: ac.signal }); ac.abort(); try { await p } catch (e) { console.log(e.name, e.code, e.message, e.cause?.name) }
  try { await tp.setTimeout(1, 'x', { signal: AbortSignal.abort('r') }) } catch (e) { console.log(e.name, e.code, e.cause) }
  try { await tp.setTimeout(1, 'x', { ref: 'no' }) } catch (e) { console.log(e.code, e.message) }
  try { await tp.setTimeout(1, 'x', 'opts') } catch (e) { console.log(e.code, e.message) }
  console.log(typeof tp.scheduler.wait, typeof tp.scheduler.yield, await tp.scheduler.wait(1));
  const t = require('timers'); console.log(t.setTimeout === setTimeout, t.promises === tp, require('node:timers/promises') === tp);
  tp.setTimeout(100000, 'never', { ref: false }).then(() => console.log('never printed'));
  console.log('an unref\'d timer does not keep the program alive');
})();
