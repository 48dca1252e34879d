#!/usr/bin/env python3
"""The REPL of one stage, driven through a pseudo-terminal as a user would.

    python3 tests/repl/repl_test.py build/bin/02-event-loop

Each case starts the stage with no script on a fresh pty (so stdin is a
terminal and the REPL runs), types keys, and waits, polling with a generous
deadline, until the screen shows what it must. A small terminal model turns
the bytes the stage writes (text, carriage returns, "erase line", "cursor
left") into the rows a terminal would show, so the checks read like the
screen. Every case also checks that the terminal's modes (termios) afterwards
are the ones it had before, and that the REPL put it in raw mode while it ran
(from stage 02 on, where the REPL edits lines itself; stage 01 leaves the
terminal in its normal line-by-line mode).

From stage 05 on the REPL is the `repl` module, which must draw what Node's
REPL draws: each of those cases (LIKE_NODE) also runs on `node` (found on
PATH), and the two final screens must be the same row for row, but for the
runtime's name in the greeting; the history files they leave must be the
same too. Every case runs in a fresh folder that is also $HOME.
"""

import difflib
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

DEADLINE = 10.0  # seconds; CI machines are busy
NODE = shutil.which("node")  # the oracle for stage 05's REPL

UP, LEFT = "\x1b[A", "\x1b[D"
HOME, END, DELETE = "\x1b[H", "\x1b[F", "\x1b[3~"
BACKSPACE = "\x7f"


def ctrl(letter):
    return chr(ord(letter) - ord("A") + 1)


class Screen:
    """Rows of text as a terminal would show them, from the bytes written."""

    def __init__(self):
        self.rows, self.row, self.col = [[]], 0, 0
        self.pending = ""

    def feed(self, text):
        text = self.pending + text
        self.pending = ""
        i = 0
        while i < len(text):
            c = text[i]
            if c == "\x1b":
                match = re.match(r"\x1b\[([0-9;]*)([A-Za-z])", text[i:])
                if not match:
                    self.pending = text[i:]  # a sequence cut in two: wait for the rest
                    return
                self.escape(match.group(1), match.group(2))
                i += match.end()
                continue
            if c == "\r":
                self.col = 0
            elif c == "\n":
                self.row += 1
                while len(self.rows) <= self.row:
                    self.rows.append([])
            elif c == "\b":
                self.col = max(0, self.col - 1)
            elif c >= " ":
                line = self.rows[self.row]
                line.extend(" " * (self.col + 1 - len(line)))
                line[self.col] = c
                self.col += 1
            i += 1

    def escape(self, parameters, final):
        count = int(parameters or "1") if parameters.isdigit() or not parameters else 1
        if final == "K" and parameters == "2":  # erase the whole row
            self.rows[self.row] = []
        elif final == "K":  # erase from the cursor to the end of the row
            del self.rows[self.row][self.col:]
        elif final == "A":
            self.row = max(0, self.row - count)
        elif final == "B":
            self.row += count
            while len(self.rows) <= self.row:
                self.rows.append([])
        elif final == "J":  # erase from the cursor to the end of the screen
            del self.rows[self.row][self.col:]
            del self.rows[self.row + 1:]
        elif final == "G":  # to column `count` (1 is the first)
            self.col = count - 1
        elif final == "D":
            self.col = max(0, self.col - count)
        elif final == "C":
            self.col += count

    def lines(self):
        return ["".join(row).rstrip() for row in self.rows]

    def cursor_line(self):
        return "".join(self.rows[self.row]).rstrip()

    def text(self):
        return "\n".join(self.lines())


class Repl:
    """One stage process with its REPL on a pty."""

    def __init__(self, binary, folder, env_extra=None):
        self.folder = folder  # the current directory, also $HOME: nothing outside is touched
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.slave = slave
        self.modes_before = termios.tcgetattr(slave)

        def controlling_terminal():
            os.setsid()  # the pty becomes this process's terminal: Ctrl-C is its SIGINT
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        env = dict(os.environ, TERM="xterm", HOME=folder,
                   NODE_REPL_HISTORY=os.path.join(folder, "history"))
        env.update(env_extra or {})
        env = {name: value for name, value in env.items() if value is not None}
        self.process = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave,
                                        preexec_fn=controlling_terminal, env=env, cwd=folder)
        self.screen = Screen()
        self.decoder_buffer = b""

    def read_available(self, wait):
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return
        try:
            data = os.read(self.master, 65536)
        except OSError:  # EIO: every process with the pty open has gone
            time.sleep(wait)
            return
        data = self.decoder_buffer + data
        try:
            text = data.decode("utf-8")
            self.decoder_buffer = b""
        except UnicodeDecodeError as error:  # a character cut in two
            text = data[:error.start].decode("utf-8")
            self.decoder_buffer = data[error.start:]
        self.screen.feed(text)

    def wait_for(self, what, condition):
        deadline = time.monotonic() + DEADLINE
        while True:
            if condition(self.screen):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; the screen:\n"
                                     f"{self.screen.text()}")
            self.read_available(0.05)

    def wait_line(self, text):
        """Waits until some row of the screen is exactly `text`."""
        self.wait_for(repr(text), lambda screen: text in screen.lines())

    def wait_cursor_line(self, text):
        """Waits until the row with the cursor is exactly `text`."""
        self.wait_for(f"cursor row {text!r}", lambda screen: screen.cursor_line() == text)

    def wait_lines(self, block):
        """Waits until consecutive rows read exactly `block`."""
        wanted = block.split("\n")

        def found(screen):
            lines = screen.lines()
            return any(lines[i:i + len(wanted)] == wanted for i in range(len(lines)))

        self.wait_for(repr(block), found)

    def wait_prompt(self):
        self.wait_cursor_line(">")

    def type(self, keys):
        os.write(self.master, keys.encode())

    def keys(self, *chunks):
        """Types each chunk as a read of its own (a moment apart)."""
        for chunk in chunks:
            self.type(chunk)
            time.sleep(0.2)
            self.read_available(0)

    def enter(self, line):
        """At the next prompt, types `line` and Enter, and waits until the
        cursor has left the line (a terminal in line mode echoes keys typed
        ahead at once, so typing only at a prompt keeps the screen in order)."""
        self.wait_for("a prompt", lambda screen: screen.cursor_line() in (">", "..."))
        self.type(line)
        self.submit()

    def submit(self):
        """Enter, and wait until the cursor has moved to a new row."""
        row = self.screen.row
        self.type("\r")
        self.wait_for("the cursor to leave the line", lambda screen: screen.row > row)

    def modes(self):
        return termios.tcgetattr(self.slave)

    def is_raw(self):
        return not self.modes()[3] & termios.ICANON

    def wait_exit(self):
        deadline = time.monotonic() + DEADLINE
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                self.process.kill()
                raise AssertionError("the REPL did not end; the screen:\n" + self.screen.text())
            self.read_available(0.05)
        self.read_available(0.05)
        return self.process.returncode

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)
        os.close(self.slave)


# ---- The cases. Each gets a fresh REPL and returns its expected exit code ----


def multi_line_input(repl, stage):
    repl.enter("function twice(n) {")
    repl.wait_cursor_line("...")
    repl.enter("  return 2 * n")
    repl.enter("}")
    repl.wait_line("undefined")
    repl.enter("twice(21)")
    repl.wait_line("42")
    repl.wait_prompt()
    repl.enter(".exit")
    return 0


def errors_as_node_prints_them(repl, stage):
    repl.enter("throw new Error('x')")
    repl.wait_lines("Uncaught Error: x\n>")  # no frame of the REPL's top level
    repl.enter("function thrower() { throw new TypeError('y') }")
    repl.enter("thrower()")
    repl.wait_for("a frame in thrower",
                  lambda s: "Uncaught TypeError: y" in s.lines() and re.search(
                      r"^    at thrower \(REPL\d+:1:\d+\)$", s.text(), re.M))
    repl.enter("foo bar")
    repl.wait_lines("foo bar\n    ^^^\n\nUncaught SyntaxError: Unexpected identifier")
    repl.enter("throw 42")
    repl.wait_line("Uncaught 42")
    repl.wait_prompt()
    repl.enter(".exit")
    return 0


def ctrl_d_on_an_empty_line_leaves(repl, stage):
    repl.enter("1 + 1")
    repl.wait_line("2")
    repl.wait_prompt()
    repl.type(ctrl("D"))
    return 0


def ctrl_c_ends_stage_01_at_once(repl, stage):
    repl.type("1 +")
    repl.type(ctrl("C"))
    return -signal.SIGINT


def ctrl_c_clears_then_hints_then_leaves(repl, stage):
    repl.type("abc")
    repl.wait_cursor_line("> abc")
    repl.type(ctrl("C"))  # clears the line, which stays visible above
    repl.wait_lines("> abc\n>")
    repl.type(ctrl("C"))  # on an empty line: how to leave
    repl.wait_lines(">\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n>")
    assert repl.process.poll() is None, "the REPL ended before the second Ctrl-C"
    repl.type(ctrl("C"))
    return 0


def history_and_editing(repl, stage):
    repl.enter("let base = 40")
    repl.enter("base + 2")
    repl.wait_line("42")
    repl.wait_prompt()
    repl.type(UP)  # the last input comes back, and runs again
    repl.wait_cursor_line("> base + 2")
    repl.type(UP)
    repl.wait_cursor_line("> let base = 40")
    repl.type(ctrl("A") + ctrl("K") + "base = 100")  # replace the recalled line
    repl.submit()
    repl.wait_line("100")
    repl.type(UP)
    repl.wait_cursor_line("> base = 100")
    repl.type(UP)
    repl.wait_cursor_line("> base + 2")
    repl.submit()
    repl.wait_line("102")
    # In the middle of a line: left arrow, insert, backspace, delete, home, end.
    repl.type("'ac'" + LEFT + LEFT + "b")
    repl.wait_cursor_line("> 'abc'")
    repl.type("x" + BACKSPACE + HOME + DELETE + "'z" + END + " + 1")
    repl.submit()
    repl.wait_line("'zabc1'")
    repl.type("1 + 2 + 3" + ctrl("W") + "30")  # Ctrl-W erases the word before the cursor
    repl.submit()
    repl.wait_line("33")
    repl.wait_prompt()
    repl.enter(".exit")
    return 0


def timer_fires_while_the_prompt_waits(repl, stage):
    repl.enter("setTimeout(() => console.log('timer' + ' fired'), 300)")
    repl.wait_prompt()
    repl.type("abc")  # typed but not entered: the loop must turn anyway
    # The output comes above the prompt, which is drawn again with what was typed.
    repl.wait_lines("timer fired\n> abc")
    repl.wait_cursor_line("> abc")
    repl.type(ctrl("U"))
    repl.enter("'after'")
    repl.wait_line("'after'")
    repl.enter(".exit")
    return 0


def uncaught_error_in_a_timer_goes_on(repl, stage):
    repl.enter("setTimeout(() => { throw new Error('late') }, 50)")
    repl.wait_line("Uncaught Error: late")
    repl.enter("6 * 7")
    repl.wait_line("42")
    repl.enter(".exit")
    return 0


def process_exit_from_a_timer(repl, stage):
    repl.enter("setTimeout(() => process.exit(3), 100); 'set'")
    return 3


def process_exit_from_an_input(repl, stage):
    repl.enter("process.exitCode = 4")
    repl.enter("process.exit()")
    return 4


def sigterm_restores_the_terminal(repl, stage):
    repl.wait_prompt()
    repl.process.send_signal(signal.SIGTERM)
    return -signal.SIGTERM


def sigint_from_kill_restores_the_terminal(repl, stage):
    repl.wait_prompt()  # raw mode: Ctrl-C is a key, but kill(1) still sends the signal
    repl.process.send_signal(signal.SIGINT)
    return -signal.SIGINT


# ---- Stage 05: the repl module. These cases also run on Node, and the two
# screens must be the same, row for row (but for the runtime's name) ----


def uncaught_errors_are_the_sessions(repl, stage):
    repl.enter("setTimeout(() => { throw new Error('late') }, 50); 1")
    repl.wait_line("> Uncaught Error: late")  # printed at the waiting prompt, then a new one
    repl.wait_prompt()
    repl.enter("Promise.reject(42); 2")
    repl.wait_line("> Uncaught 42")
    repl.wait_prompt()
    repl.enter("_error")
    repl.wait_line("42")
    repl.enter("Promise.resolve().then(() => { throw new RangeError('in a then') }); 3")
    repl.wait_line("> Uncaught RangeError: in a then")
    repl.wait_prompt()
    repl.enter(".exit")
    return 0


def output_while_the_prompt_waits(repl, stage):
    repl.enter("setTimeout(() => console.log('timer' + ' fired'), 300); 1")
    repl.wait_prompt()
    repl.type("abc")  # typed but not entered: the loop turns anyway
    repl.wait_line("> abctimer fired")  # as in Node: no redraw until the next key
    repl.type(ctrl("U"))
    repl.enter("'after'")
    repl.wait_line("'after'")
    repl.enter(".exit")
    return 0


def underscore_and_top_level_await(repl, stage):
    repl.enter("6 * 7")
    repl.wait_line("42")
    repl.enter("_ + 1")
    repl.wait_line("43")
    repl.enter("await new Promise((resolve) => setTimeout(resolve, 50, 'slow'))")
    repl.wait_line("'slow'")
    repl.enter("const fromAwait = await Promise.resolve(7)")
    repl.enter("fromAwait * 2")
    repl.wait_line("14")
    repl.enter("const { a, b: [c, ...d] } = await Promise.resolve({ a: 1, b: [2, 3, 4] })")
    repl.enter("await 0; [a, c, d]")  # the value of the last statement
    repl.wait_line("[ 1, 2, [ 3, 4 ] ]")
    repl.enter("_ = 1")
    repl.wait_line("Expression assignment to _ now disabled.")
    repl.enter("_error = 2")
    repl.wait_line("Expression assignment to _error now disabled.")
    repl.wait_prompt()
    repl.enter(".exit")
    return 0


def ctrl_c_interrupts_an_await(repl, stage):
    repl.enter("await new Promise((resolve) => setTimeout(resolve, 300, 'late'))")
    repl.type("1 + 1\r")  # typed while it waits: held, then run after it
    repl.wait_line("'late'")
    repl.wait_line("2")
    repl.enter("await new Promise(() => {})")  # never settles; the loop still turns
    time.sleep(0.3)
    repl.type(ctrl("C"))
    repl.wait_line("  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED'")
    repl.enter("3")
    repl.wait_line("3")
    repl.enter(".exit")
    return 0


def built_in_modules_by_name(repl, stage):
    repl.enter("require('path').basename('/a/b.txt')")
    repl.wait_line("'b.txt'")
    repl.enter("path.extname('x.js') + os.EOL.length")
    repl.wait_line("'.js1'")
    repl.enter("require('node:util').format('%d-%s', 5, 'x')")
    repl.wait_line("'5-x'")
    repl.enter("module.id")
    repl.wait_line("'<repl>'")
    repl.enter(".exit")
    return 0


def dot_commands(repl, stage):
    repl.enter("var saved = [1, 2].map((n) => n * 2)")
    repl.enter(".save session.js")  # the lines evaluated so far
    repl.wait_line("Session saved to: session.js")
    repl.enter(".load session.js")  # shown as typed, then evaluated
    repl.enter("saved")
    repl.wait_line("[ 2, 4 ]")
    repl.enter(".help")
    repl.wait_line("Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL")
    repl.enter("function f() {")
    repl.wait_cursor_line("...")
    repl.enter(".break")
    repl.wait_prompt()
    repl.enter("[1, 2].map((n) => n * 3)")
    repl.wait_line("[ 3, 6 ]")
    repl.enter("1 +")
    repl.enter(".clear")
    repl.wait_prompt()
    repl.enter(".nonsense")
    repl.wait_line("Invalid REPL keyword")
    repl.enter(".editor")
    repl.wait_line("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)")
    repl.type("const e = 5\r")
    repl.type("e * 2")
    repl.type(ctrl("D"))
    repl.wait_line("10")
    repl.wait_prompt()
    repl.enter(".exit")
    return 0


def dot_commands_files(files, stage):
    assert files.get("session.js") == "var saved = [1, 2].map((n) => n * 2)", \
        f"session.js holds {files.get('session.js')!r}"


dot_commands.check_files = dot_commands_files


def tab_completion(repl, stage):
    # Each Tab on its own, a moment after the keys before it: a Tab that comes
    # with other keys in one read is pasted text, not completion. (Node's
    # preview shows a completion in grey before Tab, so the checks are on
    # what Enter then evaluates.)
    repl.keys("Mat", "\t", ".hyp", "\t", "(3, 4)\r")  # a global, then a property
    repl.wait_lines("> Math.hypot(3, 4)\n5")
    repl.wait_prompt()
    repl.keys("require('fs/pro", "\t", "').readFile.name\r")  # a built-in module's name
    repl.wait_lines("> require('fs/promises').readFile.name\n'readFile'")
    repl.enter("let myLongName = 1")
    repl.wait_prompt()
    repl.keys("myLo", "\t", "\r")  # a declaration of this session
    repl.wait_lines("> myLongName\n1")
    repl.wait_prompt()
    repl.keys("'abc'.toUpper", "\t", "()\r")  # a property, through the prototype
    repl.wait_lines("> 'abc'.toUpperCase()\n'ABC'")
    repl.wait_prompt()
    repl.keys("Uint", "\t", "\t")  # more than one: a second Tab lists them
    repl.wait_for("the candidates", lambda screen: "Uint8Array" in screen.text())
    repl.wait_cursor_line("> Uint")
    repl.type(ctrl("U"))
    repl.enter(".exit")
    return 0


def history_is_kept_in_a_file(repl, stage):
    repl.type(UP)  # the newest line of the last session
    repl.wait_cursor_line("> 'from the file'")
    repl.submit()
    repl.wait_line("'from the file'")
    repl.enter("1 + 1")
    repl.wait_line("2")
    repl.enter(".exit")
    return 0


def history_file_before(folder):
    with open(os.path.join(folder, "history"), "w") as file:
        file.write("'from the file'\n'older'")


def history_file_after(files, stage):
    # Newest first, .exit too; a line the same as the one before it is kept once.
    assert files.get("history") == ".exit\n1 + 1\n'from the file'\n'older'", \
        f"the history file holds {files.get('history')!r}"


history_is_kept_in_a_file.prepare = history_file_before
history_is_kept_in_a_file.check_files = history_file_after


def no_history_file_when_node_repl_history_is_empty(repl, stage):
    repl.enter("1 + 1")
    repl.wait_line("2")
    repl.enter(".exit")
    return 0


def no_history_files(files, stage):
    assert not files, f"files were written: {sorted(files)}"


no_history_file_when_node_repl_history_is_empty.env = {"NODE_REPL_HISTORY": ""}
no_history_file_when_node_repl_history_is_empty.check_files = no_history_files


def default_history_file(repl, stage):
    repl.enter("'kept'")
    repl.wait_line("'kept'")
    repl.enter(".exit")
    return 0


def history_in_home(files, stage):
    name = ".node_repl_history" if stage == "node" else ".node_in_layers_repl_history"
    assert files.get(name) == ".exit\n'kept'", f"{name} holds {files.get(name)!r}; files: {sorted(files)}"


default_history_file.env = {"NODE_REPL_HISTORY": None}  # unset: the file in $HOME
default_history_file.check_files = history_in_home


BLOCKING = [multi_line_input, errors_as_node_prints_them, ctrl_d_on_an_empty_line_leaves,
            ctrl_c_ends_stage_01_at_once]
ON_THE_LOOP = [multi_line_input, errors_as_node_prints_them, ctrl_d_on_an_empty_line_leaves,
               ctrl_c_clears_then_hints_then_leaves, history_and_editing,
               timer_fires_while_the_prompt_waits, uncaught_error_in_a_timer_goes_on,
               process_exit_from_a_timer, process_exit_from_an_input,
               sigterm_restores_the_terminal, sigint_from_kill_restores_the_terminal]
# Stage 05's REPL is Node's: the cases whose screens must equal Node's. (The
# stage-02 cases that are not here expect what 02's own REPL draws: a prompt
# redrawn under a timer's output, or V8 10.2's wording of a SyntaxError.)
LIKE_NODE = [multi_line_input, ctrl_d_on_an_empty_line_leaves,
             ctrl_c_clears_then_hints_then_leaves, process_exit_from_a_timer,
             process_exit_from_an_input, sigterm_restores_the_terminal,
             sigint_from_kill_restores_the_terminal, uncaught_errors_are_the_sessions, output_while_the_prompt_waits,
             underscore_and_top_level_await, ctrl_c_interrupts_an_await,
             built_in_modules_by_name, dot_commands,
             tab_completion, history_is_kept_in_a_file,
             no_history_file_when_node_repl_history_is_empty, default_history_file]


def run_case(binary, case, stage):
    """Runs `case` on a fresh REPL in a fresh folder; returns the last screen
    and the files the session left in its folder."""
    with tempfile.TemporaryDirectory() as folder:
        prepare = getattr(case, "prepare", None)
        if prepare:
            prepare(folder)
        screen = run_case_in(binary, case, stage, folder)
        files = {}
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as file:
                files[name] = file.read()
        check = getattr(case, "check_files", None)
        if check:
            check(files, stage)
        return screen, files


def run_case_in(binary, case, stage, folder):
    repl = Repl(binary, folder, getattr(case, "env", None))
    try:
        repl.wait_prompt()
        raw = repl.is_raw()
        expected_code = case(repl, stage)
        code = repl.wait_exit()
        problems = []
        if code != expected_code:
            problems.append(f"exit code {code}, expected {expected_code}")
        if raw != (stage != "01-engine"):
            problems.append("the terminal was " + ("raw" if raw else "not raw") +
                            " while the REPL ran")
        if repl.modes() != repl.modes_before:
            problems.append("the terminal's modes were not restored")
        if problems:
            raise AssertionError("; ".join(problems) + "; the screen:\n" + repl.screen.text())
        return repl.screen.lines()
    finally:
        repl.close()


STDIN_SCRIPT = b"""console.log(__filename, typeof require('path').join, module.id);
setTimeout(() => console.log('a timer, then the end'), 10);
"""


def stdin_that_is_no_terminal_is_the_script(binary):
    """No script and stdin not a terminal: stdin is the script, no REPL; the
    output must be Node's."""
    def run(program):
        with tempfile.TemporaryDirectory() as folder:
            script = os.path.join(folder, "script.js")
            with open(script, "wb") as file:
                file.write(STDIN_SCRIPT)
            with open(script, "rb") as stdin:
                done = subprocess.run([program], stdin=stdin, capture_output=True, cwd=folder,
                                      timeout=DEADLINE)
        return done.returncode, done.stdout, done.stderr

    ours = run(binary)
    if ours[0] != 0 or not ours[1].endswith(b"a timer, then the end\n"):
        raise AssertionError(f"exit code, stdout, stderr: {ours!r}")
    if NODE is not None and ours != run(NODE):
        raise AssertionError(f"{ours!r} is not Node's {run(NODE)!r}")


def normalised(lines):
    """The screen without trailing empty rows, with the runtime's name as Node's."""
    lines = [re.sub(r"^Welcome to Node in layers ", "Welcome to Node.js ", line) for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def compare_with_node(binary, case, screen, files):
    """Runs `case` on Node too: the screens and the files left must be the same."""
    node_screen, node_files = run_case(NODE, case, "node")
    if normalised(screen) != normalised(node_screen):
        diff = "\n".join(difflib.unified_diff(normalised(node_screen), normalised(screen),
                                              "node", os.path.basename(binary), lineterm=""))
        raise AssertionError("the screen is not Node's:\n" + diff)
    if not getattr(case, "check_files", None):
        return  # (when process.exit() cuts a history write short is a matter of timing)
    renamed = {".node_in_layers_repl_history": ".node_repl_history"}
    if {renamed.get(name, name): text for name, text in files.items()} != node_files:
        raise AssertionError(f"the files left are not Node's: {files!r} != {node_files!r}")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    stage = os.path.basename(binary)
    # From stage 05 on the REPL is the repl module, whose screens are Node's.
    like_node = stage == "node" or stage >= "05"
    if stage == "01-engine":
        cases = BLOCKING
    elif like_node:
        cases = LIKE_NODE + [errors_as_node_prints_them]
    else:
        cases = ON_THE_LOOP
    compare = like_node and stage != "node" and NODE is not None
    if like_node and stage != "node" and NODE is None:
        print("node is not on PATH: the screens are checked, but not compared with Node's")
    failed = 0
    for case in cases:
        try:
            screen, files = run_case(binary, case, stage)
            if compare and case in LIKE_NODE:
                compare_with_node(binary, case, screen, files)
            print(f"ok   {case.__name__}")
        except AssertionError as error:
            failed += 1
            print(f"FAIL {case.__name__}: {error}")
    if like_node:
        cases = cases + [stdin_that_is_no_terminal_is_the_script]
        try:
            stdin_that_is_no_terminal_is_the_script(binary)
            print("ok   stdin_that_is_no_terminal_is_the_script")
        except AssertionError as error:
            failed += 1
            print(f"FAIL stdin_that_is_no_terminal_is_the_script: {error}")
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
