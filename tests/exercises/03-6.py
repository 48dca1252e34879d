"""Exercise 03-6: a FileHandle the collector frees closes its descriptor.

Opens /dev/null twelve times with fs.promises.open: ten handles are dropped
at once, one is kept, one is closed by the script. After a few gc() calls
(--expose-gc) and timer turns, only the kept descriptor may still be open
(counted in /proc/self/fd), the kept handle must still work, and closing it
leaves none. Node 20 prints the same four lines. A second script exits with
a handle still open: the program must end normally.
"""
from exercise_common import args, error_line, fail, ok, run_script

SCRIPT = r"""
const fs = require('fs');
const count = () => fs.readdirSync('/proc/self/fd').length;
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
(async () => {
  const before = count();
  for (let i = 0; i < 10; i++) await fs.promises.open('/dev/null', 'r');  // never closed
  const kept = await fs.promises.open('/dev/null', 'r');  // still referenced
  const closed = await fs.promises.open('/dev/null', 'r');
  await closed.close();
  console.log('open before gc', count() - before);
  for (let i = 0; i < 5; i++) { gc(); await tick(); }
  console.log('open after gc', count() - before);
  console.log('kept fd usable', (await kept.stat()).isCharacterDevice());
  await kept.close();
  console.log('after close', count() - before);
})();
"""
WANT = ["open before gc 11", "open after gc 1", "kept fd usable true", "after close 0"]
EXIT_OPEN = r"""
require('fs').promises.open('/dev/null', 'r').then(() => console.log('opened'));
"""

opts = args()
code, out, err = run_script(opts.bin, "03-threadpool", SCRIPT, args=["--expose-gc"])
if code != 0:
    fail(f"the script failed (exit {code}): {error_line(err)}")
if out.splitlines() != WANT:
    fail(f"printed {out.splitlines()!r}, Node prints {WANT!r}")
code, out, err = run_script(opts.bin, "03-threadpool", EXIT_OPEN)
if code != 0 or out.splitlines() != ["opened"]:
    fail(f"exiting with a FileHandle still open: exit {code}, printed {out.splitlines()!r}"
         + (f" ({error_line(err)})" if err.strip() else ""))
ok()
