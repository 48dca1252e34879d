"""The script-test harness: one corpus of scripts, run on Node and on every stage.

Layout: tests/js/<first-stage>/<name>.js (or <name>.mjs: an ES module as
the main script, from stage 05 on). A script in tests/js/02-event-loop/
needs stage 02 and runs on 02, 03, ... 06; the folder is the "first stage"
map of the corpus.

Beside each script, the record of what Node 20 did with it:
    <name>.stdout   what it printed on stdout (always present)
    <name>.stderr   stderr after normalize_stderr(), when not empty
    <name>.status   the exit code, when not 0

Directives, in `//` comments among the first lines of a script:
    // args: a b        arguments after the script
    // flags: --x       options before the script (for Node and the stage)
    // stderr: ignore   stderr is not compared (only stdout and the exit code)
    // stdin: text      text fed on standard input (\\n for newlines)
"""

import os
import re
import urllib.parse
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tls"))
from certs import certificates_for  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 60


def directives(script):
    found = {}
    with open(script, encoding="utf-8") as source:
        for line in source.read().splitlines()[:10]:
            match = re.match(r"^//\s*(args|flags|stderr|stdin):\s?(.*)$", line)
            if match:
                found[match.group(1)] = match.group(2)
    return found


def run(runtime, script):
    """Runs `runtime` (a list: the program and its fixed options) on `script`.

    Returns (exit code, stdout, stderr) as text. The script runs from its own
    folder with its file name, so relative paths look the same everywhere.
    """
    d = directives(script)
    command = list(runtime) + d.get("flags", "").split() + [os.path.basename(script)]
    command += d.get("args", "").split()
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.pop("NODE_EXTRA_CA_CERTS", None)
    env["NO_COLOR"] = "1"
    stdin = d.get("stdin", "").replace("\\n", "\n").encode()
    with certificates_for(script, env):  # tls-*, https-*: $TLS_CERTS
        completed = subprocess.run(command, cwd=os.path.dirname(script), input=stdin,
                                   capture_output=True, timeout=TIMEOUT_SECONDS, env=env)
    return (completed.returncode, completed.stdout.decode("utf-8", "replace"),
            completed.stderr.decode("utf-8", "replace"))


def normalize_stderr(text, script):
    """Keeps what a runtime must print the same way and drops what it cannot.

    Dropped: stack frame lines ("    at ..."; Node's include its own internal
    modules), and Node's closing "Node.js v20..." line. Replaced: the
    script's folder (as a path or a file: URL) by $DIR, the program's name in the --trace-uncaught,
    --trace-warnings and --trace-deprecation hints by $RUNTIME, and a
    warning's process id by $PID.
    """
    folder = os.path.dirname(os.path.abspath(script))
    # ES modules name files by URL: the folder percent-encoded (a checkout
    # in "/home/a b/" is file:///home/a%20b/), which becomes file://$DIR too.
    folder_url = "file://" + urllib.parse.quote(folder + os.sep, safe="/!$&'()*+,;=:@-._~")
    text = text.replace(folder_url, "file://$DIR/")
    lines = []
    for line in text.replace(folder + os.sep, "$DIR/").splitlines():
        if re.match(r"^    at ", line):
            # A stack whose error has own properties ends "at ... {".
            if line.endswith(" {"):
                lines.append("{")
            continue
        if re.match(r"^Node\.js v\d+\.", line):
            continue
        line = re.sub(r"^\(Use `\S+ --trace-(uncaught|warnings|deprecation)",
                      r"(Use `$RUNTIME --trace-\1", line)
        # A warning names the process: "(node:4242) Warning: ...".
        line = re.sub(r"^\(node:\d+\) ", "(node:$PID) ", line)
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + ("\n" if lines else "")


def record_paths(script):
    base = os.path.splitext(script)[0]  # x.js and x.mjs would share a record: don't
    return base + ".stdout", base + ".stderr", base + ".status"


def read_record(script):
    out_path, err_path, status_path = record_paths(script)

    def read(path, default):
        if not os.path.exists(path):
            return default
        with open(path, encoding="utf-8") as f:
            return f.read()

    return (int(read(status_path, "0").strip()), read(out_path, ""), read(err_path, ""))


def write_record(script, status, stdout, stderr):
    out_path, err_path, status_path = record_paths(script)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(stdout)
    for path, text in ((err_path, stderr), (status_path, "" if status == 0 else f"{status}\n")):
        if text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        elif os.path.exists(path):
            os.remove(path)


def observe(runtime, script):
    """What a runtime did with a script, in the form the record keeps."""
    status, stdout, stderr = run(runtime, script)
    if directives(script).get("stderr") == "ignore":
        stderr = ""
    return status, stdout, normalize_stderr(stderr, script)


def all_scripts(stage_dirs=None):
    scripts = []
    for stage in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, stage)
        if not re.match(r"^\d\d-", stage) or not os.path.isdir(folder):
            continue
        if stage_dirs and stage not in stage_dirs:
            continue
        scripts += [os.path.join(folder, name) for name in sorted(os.listdir(folder))
                    if name.endswith(".js") or name.endswith(".mjs")]
    return scripts


def describe_difference(expected, actual, labels=("expected", "actual")):
    """A readable account of how two (status, stdout, stderr) triples differ.

    `labels` name the two sides in the diff headers (record.py compares runs).
    """
    import difflib
    parts = []
    names = ("exit code", "stdout", "stderr")
    for name, want, got in zip(names, expected, actual):
        if want == got:
            continue
        if name == "exit code":
            parts.append(f"exit code: {labels[0]} {want}, {labels[1]} {got}")
            continue
        diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                    f"{labels[0]} {name}", f"{labels[1]} {name}")
        parts.append("".join(diff))
    return "\n".join(parts)
