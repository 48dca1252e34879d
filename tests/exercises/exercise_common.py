"""Shared helpers for the exercise checks (tests/exercises/NN-K.py).

An exercise check answers one question: is exercise NN-K solved in this tree?
It runs the stage binary on a small script and looks at what the program does
(its output, its exit code, the files it leaves), never at the student's
source text, so any correct solution passes, not only the reference one.

Every check is run from the repository root as

    python3 tests/exercises/NN-K.py --bin build/bin

and exits 0 with "ok" when the exercise is solved, or 1 with one line saying
what is still missing. `make check-exercise EX=NN-K` builds the stage first;
`make solutions` runs each check against the reference patch (must pass) and
against the untouched tree (must fail).
"""

import argparse
import os
import subprocess
import sys
import tempfile

TIMEOUT = 30  # seconds; a check that hangs counts as a failed check


def args():
    """Parses the command line every check takes: --bin DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="build/bin",
                        help="folder holding the stage binaries (default build/bin)")
    return parser.parse_args()


def binary(bin_dir, stage):
    """The path of a stage's binary, or a failed check if it was not built."""
    path = os.path.join(bin_dir, stage)
    if not os.access(path, os.X_OK):
        fail(f"{path} is missing: build the stage first (make check-exercise builds it)")
    return path


def run(bin_dir, stage, args=(), input=None, env=None, timeout=TIMEOUT):
    """Runs a stage binary; returns (exit code, stdout, stderr) as text.

    `input` is fed to stdin (none when None); `env` entries are added to the
    current environment. A timeout is reported as exit code None.
    """
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    try:
        done = subprocess.run([binary(bin_dir, stage), *args], input=input,
                              capture_output=True, text=True, env=full_env,
                              timeout=timeout,
                              stdin=None if input is not None else subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        return None, _text(e.stdout), _text(e.stderr)
    return done.returncode, done.stdout, done.stderr


def run_script(bin_dir, stage, source, args=(), **kwargs):
    """Writes `source` to a temporary .js file and runs the stage on it.

    `args` go before the script's path (flags such as --expose-gc)."""
    with tempfile.TemporaryDirectory(prefix="exercise-") as tmp:
        path = os.path.join(tmp, "check.js")
        with open(path, "w") as f:
            f.write(source)
        return run(bin_dir, stage, [*args, path], **kwargs)


def fail(reason):
    """Ends the check: the exercise is not solved yet, for this reason."""
    print(f"not yet: {reason}")
    sys.exit(1)


def ok():
    """Ends the check: the exercise is solved."""
    print("ok")
    sys.exit(0)


def _text(data):
    if data is None:
        return ""
    return data.decode(errors="replace") if isinstance(data, bytes) else data


def error_line(stderr):
    """The line of a failed run's stderr that names the error (for a reason)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "Error" in line or "error" in line:
            return line
    return lines[0] if lines else "(nothing on stderr)"
