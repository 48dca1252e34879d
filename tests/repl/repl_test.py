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
"""

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

DEADLINE = 10.0  # seconds; CI machines are busy

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
        if final == "K":  # erase from the cursor to the end of the row
            del self.rows[self.row][self.col:]
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

    def __init__(self, binary):
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.slave = slave
        self.modes_before = termios.tcgetattr(slave)

        def controlling_terminal():
            os.setsid()  # the pty becomes this process's terminal: Ctrl-C is its SIGINT
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        env = dict(os.environ, TERM="xterm")
        self.process = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave,
                                        preexec_fn=controlling_terminal, env=env)
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
    repl.enter("setTimeout(() => process.exit(3), 100)")
    return 3


def process_exit_from_an_input(repl, stage):
    repl.enter("process.exitCode = 4")
    repl.enter("process.exit()")
    return 4


def sigterm_restores_the_terminal(repl, stage):
    repl.wait_prompt()
    repl.process.send_signal(signal.SIGTERM)
    return -signal.SIGTERM


BLOCKING = [multi_line_input, errors_as_node_prints_them, ctrl_d_on_an_empty_line_leaves,
            ctrl_c_ends_stage_01_at_once]
ON_THE_LOOP = [multi_line_input, errors_as_node_prints_them, ctrl_d_on_an_empty_line_leaves,
               ctrl_c_clears_then_hints_then_leaves, history_and_editing,
               timer_fires_while_the_prompt_waits, uncaught_error_in_a_timer_goes_on,
               process_exit_from_a_timer, process_exit_from_an_input,
               sigterm_restores_the_terminal]


def run_case(binary, case, stage):
    repl = Repl(binary)
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
    finally:
        repl.close()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    stage = os.path.basename(binary)
    cases = BLOCKING if stage == "01-engine" else ON_THE_LOOP
    failed = 0
    for case in cases:
        try:
            run_case(binary, case, stage)
            print(f"ok   {case.__name__}")
        except AssertionError as error:
            failed += 1
            print(f"FAIL {case.__name__}: {error}")
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
