"""Exercise 01-3: the REPL shows `undefined` in grey on a terminal.

Runs the stage's REPL (which starts when stdin is a terminal) twice: with
stdout on the same pseudo-terminal, where the result of `void 0` must be
ESC[90m undefined ESC[39m as in Node's REPL; and with stdout a pipe, where it
must be the plain word (no escape codes in a file).
"""
import os
import pty
import select
import subprocess
import time

from exercise_common import args, binary, fail, ok

GREY_UNDEFINED = "\x1b[90mundefined\x1b[39m"


def repl(path, lines, stdout_on_terminal):
    """Runs the REPL on a pty, types `lines`, returns what reached stdout
    (with the terminal's echo when stdout is the terminal)."""
    master, slave = pty.openpty()
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([path], stdin=slave, stderr=slave, env=env, close_fds=True,
                            stdout=slave if stdout_on_terminal else subprocess.PIPE)
    os.close(slave)
    os.write(master, "".join(line + "\n" for line in lines).encode())
    out = b""
    deadline = time.time() + 10
    while time.time() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the REPL exited and closed the terminal
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    os.close(master)
    if not stdout_on_terminal:
        out = proc.stdout.read()
        proc.stdout.close()
    return out.decode(errors="replace")


opts = args()
path = binary(opts.bin, "01-engine")
screen = repl(path, ["void 0", "'undefined'", ".exit"], stdout_on_terminal=True)
if GREY_UNDEFINED not in screen:
    fail("on a terminal, `void 0` should print undefined in grey (ESC[90m...ESC[39m), as Node's"
         " REPL does")
if "\x1b[90m'undefined'" in screen:
    fail("the string 'undefined' is not the value undefined: only the value is grey")
piped = repl(path, ["void 0", ".exit"], stdout_on_terminal=False)
if "undefined" not in piped or "\x1b[" in piped:
    fail(f"with stdout a pipe the REPL should print plain undefined, it printed {piped!r}")
ok()
