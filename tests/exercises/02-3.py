"""Exercise 02-3: process.on('exit', fn) for stage 02.

Two scripts, compared with what Node 20 does:
- the loop runs dry: the listeners run in order with process.exitCode, the
  promise jobs they queue run after them, the timer one sets never fires;
- process.exit(5): the listeners run with 5, the line after exit() does not,
  and a listener's own process.exit(9) sets the final code.
"""
from exercise_common import args, error_line, fail, ok, run_script

NATURAL_END = r"""
process.on('exit', (code) => {
  console.log('exit listener', code);
  Promise.resolve().then(() => console.log('promise job in exit'));
  setTimeout(() => console.log('timer in exit'), 0);
});
process.on('exit', (code) => console.log('second listener', code));
setTimeout(() => { console.log('timer'); process.exitCode = 3; }, 1);
console.log('main');
"""
EXPLICIT_EXIT = r"""
process.on('exit', (code) => { console.log('exit listener', code); process.exit(9); });
console.log('main');
process.exit(5);
console.log('after exit');
"""

opts = args()
code, out, err = run_script(opts.bin, "02-event-loop", NATURAL_END)
want = ["main", "timer", "exit listener 3", "second listener 3", "promise job in exit"]
if code is None:
    fail("the script did not end: does an 'exit' listener make the loop turn again?")
if out.splitlines() != want:
    fail(f"loop ran dry: printed {out.splitlines()!r}, Node prints {want!r}"
         + (f" ({error_line(err)})" if err else ""))
if code != 3:
    fail(f"loop ran dry with process.exitCode = 3, but the exit code was {code}")

code, out, err = run_script(opts.bin, "02-event-loop", EXPLICIT_EXIT)
want = ["main", "exit listener 5"]
if out.splitlines() != want:
    fail(f"process.exit(5): printed {out.splitlines()!r}, Node prints {want!r}"
         + (f" ({error_line(err)})" if err else ""))
if code != 9:
    fail(f"a listener called process.exit(9), but the exit code was {code}")
ok()
