#!/usr/bin/env python3
"""Checks that a chapter's commands print what the chapter says they print.

    python3 tests/docs/chapter_commands_test.py --bin build/bin 02-event-loop/README.md

A chapter shows a command and its output in a fenced code block, the way a
terminal shows them:

    ```
    $ build/bin/01-engine -p '6 * 7'
    42
    ```

The convention, which every chapter follows:

- A line that starts with `$ ` is a command. The lines after it, up to the
  next `$ ` line or the end of the block, are what it prints: stdout and
  stderr together, as on a terminal. A command runs in bash from the
  repository's root, with `build/bin/` standing for the built programs, and
  must end with status 0 (show an exit code with `; echo "exit code $?"`).
- A line `...` in an output stands for any number of lines (none too): the
  part of a run that changes from one run to the next.
- A block that begins right after the line `<!-- output in any order -->`
  compares each output's lines as a set, for programs whose threads finish
  in an order nobody chooses.
- Lines that worker threads print (`[pool]   worker ...`) may land anywhere
  between the loop thread's lines; they are compared apart, in any order.
- A command that must not be run (a server that does not stop, the REPL) is
  shown without `$ `, and is not checked.

Before comparing, both sides are normalised for what varies from run to run:
the repository's folder (shown as `<repo>`), times and durations (`<time>`),
addresses, ports, process ids, file descriptors, temporary names and worker
numbers.

A chapter that names its lesson files also has them checked: the paragraph
"The lesson is these files (N lines)" is followed by a table whose rows name
files at the top of the stage's folder and their line counts, then by a list
of its subfolders (`- \`inspect/\`: ...`). Every top-level .h/.cc file and
every subfolder must be named, every count must be right, and N their sum.
`--fix-counts` rewrites the counts (only the counts) of a chapter whose files
have grown.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANY_ORDER = "<!-- output in any order -->"
ELLIPSIS = "..."
WORKER_LINE = re.compile(r"^\[pool\]\s+worker ")
TIMEOUT_SECONDS = 60


# ---------------------------------------------------------------------------
# Reading the chapter


class Example:
    def __init__(self, line, command, expected, any_order):
        self.line = line  # where the command is in the chapter, 1-based
        self.command = command
        self.expected = expected  # a list of lines
        self.any_order = any_order


def examples(text):
    """Every `$ ` command of the chapter's fenced blocks, with its output."""
    found = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        fence = re.match(r"^(\s*)(```+|~~~+)", lines[i])
        if not fence:
            i += 1
            continue
        indent, marker = fence.group(1), fence.group(2)
        any_order = i > 0 and lines[i - 1].strip() == ANY_ORDER
        i += 1
        current = None
        while i < len(lines) and not lines[i].strip().startswith(marker):
            line = lines[i][len(indent):] if lines[i].startswith(indent) else lines[i]
            if line.startswith("$ "):
                current = Example(i + 1, line[2:], [], any_order)
                found.append(current)
            elif current is not None:
                current.expected.append(line)
            i += 1
        i += 1
    return found


# ---------------------------------------------------------------------------
# Running a command


def run(command, bin_dir):
    """Runs one command as the chapter shows it; returns (status, output)."""
    # `build/bin/` in a chapter means the programs being tested, wherever
    # they were built.
    command = re.sub(r"(?<![\w./-])build/bin/", bin_dir + "/", command)
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.pop("UV_THREADPOOL_SIZE", None)
    env["NO_COLOR"] = "1"
    done = subprocess.run(["bash", "-c", command], cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          timeout=TIMEOUT_SECONDS, env=env)
    output = done.stdout.decode("utf-8", "replace")
    output = output.replace(bin_dir + "/", "build/bin/")
    return done.returncode, output.splitlines()


# ---------------------------------------------------------------------------
# Comparing


def normalise(line):
    """Replaces what changes from run to run by a placeholder."""
    line = line.rstrip()
    line = line.replace(ROOT, "<repo>")
    line = re.sub(r"/tmp/[\w.-]+", "<tmp>", line)
    # times and durations: "35 ms", "0.0232 ms", "1.5s"
    line = re.sub(r"\s*(?<![\w.])\d+(?:\.\d+)?(?:e-?\d+)?\s?(?:ms|µs|us|ns|s)\b", " <time>", line)
    line = re.sub(r"\b0x[0-9a-fA-F]{4,}\b", "<address>", line)
    line = re.sub(r"\b(127\.0\.0\.1|localhost|::1|0\.0\.0\.0):\d+\b", r"\1:<port>", line)
    line = re.sub(r"\b(port|pid|fd)(\s*[:=]?\s*)\d+\b", r"\1\2<n>", line)
    line = re.sub(r"\bworker \d+\b", "worker <n>", line)
    return line


def split_workers(lines):
    """Lines of worker threads (compared apart, in any order), and the rest."""
    workers = sorted(line for line in lines if WORKER_LINE.match(line))
    rest = [line for line in lines if not WORKER_LINE.match(line)]
    return workers, rest


def matches_in_order(expected, actual):
    """`expected` with `...` lines standing for any run of lines."""
    pattern = "".join("(?:.*\n)*?" if line == ELLIPSIS else re.escape(line + "\n")
                      for line in expected)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual)) is not None


def matches_in_any_order(expected, actual):
    wanted = [line for line in expected if line != ELLIPSIS]
    remaining = list(actual)
    for line in wanted:
        if line not in remaining:
            return False
        remaining.remove(line)
    return not remaining or ELLIPSIS in expected


def matches(example, actual):
    expected = [normalise(line) for line in example.expected]
    actual = [normalise(line) for line in actual]
    while expected and expected[-1] == "":
        expected.pop()
    while actual and actual[-1] == "":
        actual.pop()
    if example.any_order:
        return matches_in_any_order(expected, actual)
    expected_workers, expected_rest = split_workers(expected)
    actual_workers, actual_rest = split_workers(actual)
    if expected_workers and not matches_in_any_order(expected_workers, actual_workers):
        return False
    if not expected_workers and actual_workers and ELLIPSIS not in expected:
        return False
    return matches_in_order(expected_rest, actual_rest)


# ---------------------------------------------------------------------------
# The lesson files


LESSON = re.compile(r"The lesson is these files \(([\d,]+) lines\)")


def count_lines(path):
    with open(path, "rb") as f:
        return f.read().count(b"\n")


def lesson_rows(lines, start):
    """(line index, files, counts) for each row of the table after `start`."""
    rows = []
    i = start + 1
    while i < len(lines) and not lines[i].startswith("|"):
        i += 1
    while i < len(lines) and lines[i].startswith("|"):
        cells = [cell.strip() for cell in lines[i].strip().strip("|").split("|")]
        if len(cells) >= 2 and not set(cells[1]) <= set("-: ") and cells[1] != "lines":
            files = [name.strip(" `") for name in cells[0].split(",")]
            counts = [count.strip() for count in cells[1].split(",")]
            rows.append((i, files, counts))
        i += 1
    return rows, i


def check_lesson(chapter, fix):
    """Problems with the chapter's list of lesson files (and fixes them if asked)."""
    stage_dir = os.path.dirname(os.path.abspath(chapter))
    with open(chapter, encoding="utf-8") as f:
        lines = f.read().split("\n")
    starts = [i for i, line in enumerate(lines) if LESSON.search(line)]
    if not starts:
        return []
    start = starts[0]
    problems = []
    rows, end = lesson_rows(lines, start)
    listed, total = [], 0
    for i, files, counts in rows:
        if len(files) != len(counts):
            problems.append(f"line {i + 1}: {len(files)} files but {len(counts)} counts")
            continue
        real = []
        for name in files:
            path = os.path.join(stage_dir, name)
            if not os.path.isfile(path):
                problems.append(f"line {i + 1}: no file {name} at the top of the stage")
                real.append(0)
            else:
                real.append(count_lines(path))
                listed.append(name)
        total += sum(real)
        shown = [int(count.replace(",", "")) if count.replace(",", "").isdigit() else -1
                 for count in counts]
        if shown != real:
            if fix:
                cells = lines[i].split("|")
                cells[2] = " " + ", ".join(str(n) for n in real) + " "
                lines[i] = "|".join(cells)
            else:
                problems.append(f"line {i + 1}: {', '.join(files)}: "
                                f"{', '.join(map(str, real))} lines, the chapter says "
                                f"{', '.join(counts)}")
    lesson_files = sorted(name for name in os.listdir(stage_dir)
                          if os.path.isfile(os.path.join(stage_dir, name))
                          and name.endswith((".h", ".cc")))
    for name in lesson_files:
        if name not in listed:
            problems.append(f"{name} is at the top of the stage but not in the lesson list")
    heading_total = int(LESSON.search(lines[start]).group(1).replace(",", ""))
    if heading_total != total:
        if fix:
            lines[start] = LESSON.sub(f"The lesson is these files ({total:,} lines)",
                                      lines[start])
        else:
            problems.append(f"line {start + 1}: the files have {total:,} lines, the chapter "
                            f"says {heading_total:,}")
    # The subfolders are described in the list that follows the table, up to
    # the next heading.
    following = []
    for line in lines[end:]:
        if line.startswith("#"):
            break
        following.append(line)
    described = set(re.findall(r"^- `([\w-]+)/`", "\n".join(following), re.M))
    for name in sorted(os.listdir(stage_dir)):
        if os.path.isdir(os.path.join(stage_dir, name)) and name not in described:
            problems.append(f"the subfolder {name}/ is not described after the lesson list")
    if fix:
        with open(chapter, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    return problems


# ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="the folder of the built programs")
    parser.add_argument("--fix-counts", action="store_true",
                        help="rewrite the line counts of the lesson list, then check")
    parser.add_argument("chapters", nargs="+")
    args = parser.parse_args()
    bin_dir = os.path.abspath(args.bin)

    failures = 0
    checked = 0
    for chapter in args.chapters:
        name = os.path.relpath(os.path.abspath(chapter), ROOT)
        for problem in check_lesson(chapter, args.fix_counts):
            print(f"FAIL {name}: {problem}")
            failures += 1
        with open(chapter, encoding="utf-8") as f:
            text = f.read()
        for example in examples(text):
            checked += 1
            status, actual = run(example.command, bin_dir)
            if status == 0 and matches(example, actual):
                print(f"ok   {name}:{example.line}: $ {example.command}")
                continue
            failures += 1
            print(f"FAIL {name}:{example.line}: $ {example.command}")
            if status != 0:
                print(f"     exit status {status}")
            diff = difflib.unified_diff([normalise(l) for l in example.expected],
                                        [normalise(l) for l in actual],
                                        "the chapter", "the run", lineterm="")
            for line in diff:
                print("     " + line)
        if not any(True for _ in examples(text)) and not LESSON.search(text):
            print(f"FAIL {name}: nothing to check (no `$ ` command, no lesson list)")
            failures += 1
    print(f"{checked} commands checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
