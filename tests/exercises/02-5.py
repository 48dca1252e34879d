"""Exercise 02-5: timers/promises' setTimeout as the global setTimeoutPromise.

The script's expected output is Node 20's, with setTimeoutPromise bound to
require('timers/promises').setTimeout (delays far apart, so the order does
not depend on timing). A second script checks that a pending promise timer
does not hold up process.exit().
"""
from exercise_common import args, error_line, fail, ok, run_script

SCRIPT = r"""
const p = setTimeoutPromise(120, 'late');
console.log(p instanceof Promise);
p.then((v) => console.log('resolved', v));
setTimeoutPromise(1).then((v) => console.log('resolved', v));
setTimeout(() => console.log('timer 60'), 60);
(async () => {
  const v = await setTimeoutPromise(200, 'awaited');
  console.log(v);
})();
"""
EXIT_FIRST = r"""
setTimeoutPromise(5000, 'never').then((v) => console.log(v));
setTimeout(() => { console.log('exiting'); process.exit(0); }, 10);
"""

opts = args()
code, out, err = run_script(opts.bin, "02-event-loop", SCRIPT)
want = ["true", "resolved undefined", "timer 60", "resolved late", "awaited"]
if code != 0:
    fail(f"the script failed (exit {code}): {error_line(err)}")
if out.splitlines() != want:
    fail(f"printed {out.splitlines()!r}, Node prints {want!r}")
code, out, err = run_script(opts.bin, "02-event-loop", EXIT_FIRST, timeout=4)
if code is None:
    fail("process.exit() with a pending setTimeoutPromise did not end the program")
if code != 0 or out.splitlines() != ["exiting"]:
    fail(f"exit with a pending promise timer: exit {code}, printed {out.splitlines()!r}")
ok()
