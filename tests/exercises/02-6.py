"""Exercise 02-6: --unhandled-rejections=warn.

Runs a script with two unhandled rejections (an Error and the number 42),
one of which gets a .catch() a timer later, and compares with Node 20 under
the same flag: the program goes on and exits 0, each rejection gets a warning
naming its reason and its rejection id, and the late handler gets
"Promise rejection was handled asynchronously (rejection id: 1)". Only the
stable parts of the warnings are compared (not the pid, the program's name,
or the stack's frames).
"""
import re

from exercise_common import args, error_line, fail, ok, run_script

SCRIPT = r"""
const p = Promise.reject(new Error('first'));
Promise.reject(42);
setTimeout(() => {
  p.catch(() => console.log('caught late'));
  setTimeout(() => console.log('still running'), 10);
}, 10);
console.log('main');
"""

opts = args()
code, out, err = run_script(opts.bin, "02-event-loop", SCRIPT, args=["--unhandled-rejections=warn"])
if out.splitlines() != ["main", "caught late", "still running"]:
    fail(f"the program should go on after the warnings; it printed {out.splitlines()!r}"
         f" ({error_line(err)})")
if code != 0:
    fail(f"exit code {code}, Node exits 0 in warn mode")
warnings = [m.group(1) for m in re.finditer(r"^\([^)]*:\d+\) (.*)$", err, re.M)]
EXPLAIN = "UnhandledPromiseRejectionWarning: Unhandled promise rejection."
expected = [
    (["UnhandledPromiseRejectionWarning: Error: first"], "the first rejection's reason"),
    ([EXPLAIN, "(rejection id: 1)"], "the first rejection's explanation and id"),
    (["UnhandledPromiseRejectionWarning: 42"], "the second rejection's reason"),
    ([EXPLAIN, "(rejection id: 2)"], "the second rejection's explanation and id"),
    (["PromiseRejectionHandledWarning: Promise rejection was handled asynchronously "
      "(rejection id: 1)"], "the late .catch()"),
]
at = 0
for parts, what in expected:
    while at < len(warnings) and not all(part in warnings[at] for part in parts):
        at += 1
    if at == len(warnings):
        fail(f"no warning for {what} ('(stage:pid) {parts[0]}...' on stderr, in Node's order)")
    at += 1
ok()
