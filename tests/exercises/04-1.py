"""Exercise 04-1: an `os` binding whose getHostname() calls uv_os_gethostname.

Runs stage 04 on a script that asks for internalBinding('os') and compares
getHostname() with the host name Python reads from the kernel.
"""

import os
import socket
import sys

sys.path.insert(0, os.path.dirname(__file__))
from exercise_common import args, fail, ok, run_script  # noqa: E402

SCRIPT = """
let binding;
try {
  binding = internalBinding('os');
} catch (e) {
  console.log('no binding: ' + e.message);
  process.exit(0);
}
if (typeof binding.getHostname !== 'function') {
  console.log('no function: getHostname is ' + typeof binding.getHostname);
} else {
  console.log('hostname=' + binding.getHostname());
}
"""

bin_dir = args().bin
code, out, err = run_script(bin_dir, "04-bindings", SCRIPT)
if code != 0:
    fail(f"04-bindings exited with {code}: {err.strip()[-200:]}")
line = out.strip()
if line.startswith("no binding"):
    fail(f"internalBinding('os') is not there yet ({line[len('no binding: '):]})")
if line.startswith("no function"):
    fail(f"internalBinding('os') has no getHostname() ({line})")
expected = socket.gethostname()
if line != "hostname=" + expected:
    fail(f"getHostname() returned {line[len('hostname='):]!r}, the kernel says {expected!r}")
ok()
