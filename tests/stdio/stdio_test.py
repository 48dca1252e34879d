#!/usr/bin/env python3
"""The standard streams of a runtime with fd 0, 1 and 2 of every kind.

    python3 tests/stdio/stdio_test.py build/bin/05-modules
    python3 tests/stdio/stdio_test.py --node /usr/bin/node   (the same facts, on Node)

process.stdout is a different object depending on what fd 1 is when the
program starts: a terminal, a pipe or a file. The differential scripts of
tests/js only ever see pipes, so this test makes the other kinds itself: a
file for stdout, a file or a pipe for stdin, a pseudo-terminal for both, and
a slow reader on a pipe. Each case states what Node 20 does (observed) and
checks the runtime does the same. One case is this runtime's own promise and
is skipped with --node: a large write to a pipe followed by process.exit()
arrives whole (Node's pipes are non-blocking on POSIX, and it loses the rest).
"""

import argparse
import os
import pty
import select
import struct
import subprocess
import sys
import tempfile
import termios
import fcntl
import time

DEADLINE = 20.0


def run(runtime, source, stdin=None, stdout=subprocess.PIPE, input_bytes=None):
    with tempfile.TemporaryDirectory() as directory:
        script = os.path.join(directory, "script.js")
        with open(script, "w") as f:
            f.write(source)
        if input_bytes is not None:
            stdin = None  # run() feeds `input` through a pipe of its own
        return subprocess.run([runtime, script], stdin=stdin, stdout=stdout,
                              stderr=subprocess.PIPE, input=input_bytes, timeout=DEADLINE)


def check(name, actual, expected):
    if actual != expected:
        print(f"FAIL {name}: expected {expected!r}, got {actual!r}")
        return False
    print(f"ok   {name}")
    return True


def stdout_to_file(runtime, source):
    with tempfile.TemporaryFile() as out:
        completed = run(runtime, source, stdin=subprocess.DEVNULL, stdout=out)
        out.seek(0)
        return completed, out.read()


def slow_pipe_reader(runtime, source):
    """stdout to a pipe whose reader waits before reading: bytes in flight
    at exit are the ones a non-blocking pipe loses."""
    with tempfile.TemporaryDirectory() as directory:
        script = os.path.join(directory, "script.js")
        with open(script, "w") as f:
            f.write(source)
        process = subprocess.Popen([runtime, script], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        data = process.stdout.read()
        process.wait(timeout=DEADLINE)
        return data


def on_pty(runtime, source, keys=b"", columns=77, rows=22, term="dumb", extra_env=None):
    """Runs with stdin, stdout and stderr on a pseudo-terminal of the given
    size; returns what it printed (with the terminal's \\r\\n) and the exit status.
    The colour variables of the caller's environment are removed; `term` and
    `extra_env` say what the program sees instead."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    with tempfile.TemporaryDirectory() as directory:
        script = os.path.join(directory, "script.js")
        with open(script, "w") as f:
            f.write(source)
        env = dict(os.environ, TERM=term)
        for name in ("NO_COLOR", "FORCE_COLOR", "NODE_DISABLE_COLORS", "CI", "TMUX", "COLORTERM"):
            env.pop(name, None)
        env.update(extra_env or {})
        process = subprocess.Popen([runtime, script], stdin=slave, stdout=slave, stderr=slave,
                                   start_new_session=True, env=env)
        os.close(slave)
        output = b""
        deadline = time.time() + DEADLINE
        sent = False
        while time.time() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
            if not sent and b"READY" in output:
                os.write(master, keys)
                sent = True
            if process.poll() is not None and not ready:
                break
        process.wait(timeout=DEADLINE)
        os.close(master)
        return output, process.returncode


MEGABYTE_THEN_EXIT = "process.stdout.write('x'.repeat(1e6)); process.exit();"
MEGABYTE = "process.stdout.write('x'.repeat(1e6)); console.log('!');"
KIND = ("process.stderr.write([process.stdout._type, !!process.stdout.isTTY, "
        "process.stdout.writable].join(' '));")
ORDER = ("console.log('a'); process.stdout.write('b\\n'); console.log('c');"
         "process.stdout.write('d', () => console.log('e'));")
ECHO_STDIN = ("let n = 0; process.stdin.on('data', (d) => { n += d.length; "
              "process.stdout.write(d.toString().toUpperCase()); });"
              "process.stdin.on('end', () => console.log('end', n));")
COLOURED = ("console.log(1, 'str', { a: [null, undefined, 2n], s: Symbol('x'), f() {} });"
            "console.error(true, new Date(0)); console.log('%s %d %o', 'fmt', 5, [/re/]);"
            "console.info(new Map([['k', false]])); console.dir({ d: 'dir' });"
            "console.log(process.stdout.hasColors(), process.stdout.getColorDepth());")
TTY_FACTS = ("const out = process.stdout, inp = process.stdin;"
             "console.log(out._type, out.isTTY, out.columns, out.rows, inp.isTTY, inp.isRaw);"
             "inp.setRawMode(true); console.log('raw', inp.isRaw); console.log('READY');"
             "inp.once('data', (d) => { console.log('key', JSON.stringify(d.toString()));"
             "inp.setRawMode(false); inp.pause(); });")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("runtime", nargs="?")
    parser.add_argument("--node")
    args = parser.parse_args()
    runtime = args.node or args.runtime
    is_node = args.node is not None
    results = []

    # What process.stdout is, by fd 1's kind.
    results.append(check("kind: pipe", run(runtime, KIND).stderr, b"pipe false true"))
    completed, _ = stdout_to_file(runtime, KIND)
    results.append(check("kind: file", completed.stderr, b"fs false true"))

    # Output arrives whole and in order, to a pipe and to a file.
    results.append(check("megabyte to a pipe", len(run(runtime, MEGABYTE).stdout), 1000002))
    _, data = stdout_to_file(runtime, MEGABYTE)
    results.append(check("megabyte to a file", len(data), 1000002))
    _, data = stdout_to_file(runtime, MEGABYTE_THEN_EXIT)
    results.append(check("megabyte to a file, then exit()", len(data), 1000000))
    if not is_node:
        results.append(check("megabyte to a slow pipe, then exit()",
                             len(slow_pipe_reader(runtime, MEGABYTE_THEN_EXIT)), 1000000))
    results.append(check("order: pipe", run(runtime, ORDER).stdout, b"a\nb\nc\nde\n"))
    _, data = stdout_to_file(runtime, ORDER)
    results.append(check("order: file", data, b"a\nb\nc\nde\n"))

    # stdin from a pipe and from a file; a script that never touches stdin
    # leaves it alone and exits.
    piped = run(runtime, ECHO_STDIN, stdin=subprocess.PIPE, input_bytes=b"hi\nthere\n")
    results.append(check("stdin: pipe", piped.stdout, b"HI\nTHERE\nend 9\n"))
    with tempfile.TemporaryFile() as source:
        source.write(b"from a file\n")
        source.seek(0)
        filed = run(runtime, ECHO_STDIN, stdin=source)
    results.append(check("stdin: file", filed.stdout, b"FROM A FILE\nend 12\n"))
    untouched = run(runtime, "console.log('no stdin')", stdin=subprocess.PIPE, input_bytes=b"")
    results.append(check("stdin untouched: exits", (untouched.returncode, untouched.stdout),
                         (0, b"no stdin\n")))

    # stdin and stdout on one socket (as inetd or socat start a program):
    # stdout stays non-blocking, so that reading stdin never stops the loop;
    # a timer still fires while stdin waits for input.
    import socket
    parent, child = socket.socketpair()
    with tempfile.TemporaryDirectory() as directory:
        script = os.path.join(directory, "script.js")
        with open(script, "w") as f:
            f.write("console.log('hello'); process.stdin.on('data', (d) => { console.log('got', "
                    "String(d).trim()); process.exit(); });"
                    "setTimeout(() => console.error('timer'), 50);")
        process = subprocess.Popen([runtime, script], stdin=child, stdout=child,
                                   stderr=subprocess.PIPE)
        child.close()
        parent.settimeout(DEADLINE)
        greeting = parent.recv(100)
        timer = process.stderr.readline()
        parent.sendall(b"ping\n")
        reply = parent.recv(100)
        process.wait(timeout=DEADLINE)
        parent.close()
    results.append(check("one socket for stdin and stdout",
                         (greeting, timer, reply, process.returncode),
                         (b"hello\n", b"timer\n", b"got ping\n", 0)))

    # A standard stream the parent closed is /dev/null to the program: a
    # character device, which libuv calls a file.
    closed_out = subprocess.run([runtime, "-e", KIND + "console.log('to /dev/null')"],
                                stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                timeout=DEADLINE, preexec_fn=lambda: os.close(1))
    results.append(check("stdout closed", (closed_out.returncode, closed_out.stderr),
                         (0, b"fs false true")))
    closed_in = subprocess.run([runtime, "-e", "process.stdin.on('end', () => console.log('end'))"
                                ".resume()"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=DEADLINE, preexec_fn=lambda: os.close(0))
    results.append(check("stdin closed", (closed_in.returncode, closed_in.stdout), (0, b"end\n")))

    # A terminal: tty streams with its size, raw mode, one key. (TERM=dumb:
    # no colours, which console.log would otherwise use on a terminal.)
    output, status = on_pty(runtime, TTY_FACTS, keys=b"q")
    lines = output.replace(b"\r\n", b"\n").decode(errors="replace").splitlines()
    results.append(check("tty: status", status, 0))
    results.append(check("tty: lines", lines,
                         ["tty true 77 22 true false", "raw true", "READY", 'key "q"']))

    # console.log on a terminal colours values as util.inspect's colors option
    # does (Node's colorMode 'auto'), unless the environment says there are no
    # colours; the expected bytes are what Node 20 wrote.
    def coloured(term, extra_env=None):
        output, status = on_pty(runtime, COLOURED, term=term, extra_env=extra_env)
        return status, output.replace(b"\r\n", b"\n").decode(errors="replace")
    plain = ("1 str { a: [ null, undefined, 2n ], s: Symbol(x), f: [Function: f] }\n"
             "true 1970-01-01T00:00:00.000Z\n"
             "fmt 5 [ /re/ { [lastIndex]: 0 }, [length]: 1 ]\n"
             "Map(1) { 'k' => false }\n"
             "{ d: 'dir' }\n")
    in_colour = ("\x1b[33m1\x1b[39m str { a: [ \x1b[1mnull\x1b[22m, \x1b[90mundefined\x1b[39m, "
                 "\x1b[33m2n\x1b[39m ], s: \x1b[32mSymbol(x)\x1b[39m, f: \x1b[36m[Function: f]"
                 "\x1b[39m }\n"
                 "\x1b[33mtrue\x1b[39m \x1b[35m1970-01-01T00:00:00.000Z\x1b[39m\n"
                 "fmt 5 [ /re/ { [lastIndex]: \x1b[33m0\x1b[39m }, [length]: \x1b[33m1\x1b[39m ]\n"
                 "Map(1) { \x1b[32m'k'\x1b[39m => \x1b[33mfalse\x1b[39m }\n"
                 "{ d: \x1b[32m'dir'\x1b[39m }\n")
    def depth(bits):
        return f"\x1b[33mtrue\x1b[39m \x1b[33m{bits}\x1b[39m\n"
    results.append(check("tty colours: xterm-256color", coloured("xterm-256color"),
                         (0, in_colour + depth(8))))
    results.append(check("tty colours: xterm", coloured("xterm"), (0, in_colour + depth(4))))
    results.append(check("tty colours: dumb", coloured("dumb"), (0, plain + "false 1\n")))
    results.append(check("tty colours: NO_COLOR", coloured("xterm", {"NO_COLOR": "1"}),
                         (0, plain + "false 1\n")))
    results.append(check("tty colours: NODE_DISABLE_COLORS",
                         coloured("xterm", {"NODE_DISABLE_COLORS": "1"}), (0, plain + "false 1\n")))
    results.append(check("tty colours: FORCE_COLOR=0", coloured("xterm", {"FORCE_COLOR": "0"}),
                         (0, plain + "false 1\n")))
    results.append(check("tty colours: FORCE_COLOR=3 on dumb",
                         coloured("dumb", {"FORCE_COLOR": "3"}), (0, in_colour + depth(24))))

    failed = results.count(False)
    print(f"{len(results) - failed}/{len(results)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
