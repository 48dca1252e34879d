"""Exercise 04-5: console.log of a bound TCP handle prints its address.

Runs stage 04 on a script that binds a TCP server handle to 127.0.0.1 on a
free port, asks getsockname() for the port, and prints the handle with
console.log; the line must read TCP { address: '127.0.0.1:PORT' }.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from exercise_common import args, fail, ok, run_script  # noqa: E402

SCRIPT = """
const { TCP, constants } = internalBinding('tcp_wrap');
const handle = new TCP(constants.SERVER);
const err = handle.bind('127.0.0.1', 0);
if (err !== 0) throw new Error('bind failed: ' + err);
const out = {};
handle.getsockname(out);
console.log('port=' + out.port);
console.log(handle);
handle.close();
"""

bin_dir = args().bin
code, out, err = run_script(bin_dir, "04-bindings", SCRIPT)
if code != 0:
    fail(f"04-bindings exited with {code}: {err.strip()[-200:]}")
lines = out.splitlines()
if len(lines) != 2 or not lines[0].startswith("port="):
    fail(f"unexpected output: {out.strip()[:200]!r}")
expected = f"TCP {{ address: '127.0.0.1:{lines[0][5:]}' }}"
if lines[1] != expected:
    fail(f"console.log(handle) printed {lines[1]!r}, expected {expected!r}")
ok()
