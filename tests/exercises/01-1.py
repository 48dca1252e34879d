"""Exercise 01-1: console.time(label) and console.timeEnd(label).

Runs a script that times a loop under a label and under no label (Node's
"default"), and expects one `label: <number>ms` line per timeEnd, in order,
after what the script logged in between.
"""
import re

from exercise_common import args, error_line, fail, ok, run_script

SCRIPT = r"""
console.time('loop');
let sum = 0;
for (let i = 0; i < 1e6; i++) sum += i;
console.log('sum', sum);
console.timeEnd('loop');
console.time();
console.timeEnd();
"""

opts = args()
code, out, err = run_script(opts.bin, "01-engine", SCRIPT)
if code != 0:
    fail(f"the script failed (exit {code}): {error_line(err)}")
lines = out.splitlines()
if len(lines) != 3 or lines[0] != "sum 499999500000":
    fail(f"expected 3 lines (the sum, then one per timeEnd), got {lines!r}")
duration = r"\d+(\.\d+)?m?s"
if not re.fullmatch(r"loop: " + duration, lines[1]):
    fail(f"console.timeEnd('loop') printed {lines[1]!r}, not 'loop: 1.234ms'")
if not re.fullmatch(r"default: " + duration, lines[2]):
    fail(f"console.timeEnd() printed {lines[2]!r}, not 'default: 0.012ms'")
ok()
