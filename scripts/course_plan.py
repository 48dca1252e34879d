#!/usr/bin/env python3
"""Fills in the course plan's tables from the chapters' exercise lists.

    python3 scripts/course_plan.py --check      # is docs/course-plan.md current?
    python3 scripts/course_plan.py --fix        # rewrite its generated parts
    python3 scripts/course_plan.py --filter F   # print F filled in (Doxygen's input filter)

The course plan (docs/course-plan.md) is prose written by hand, with parts
between marker comments that this script writes:

    <!-- generated: overview -->            one row per lecture
    <!-- generated: exercises 02-event-loop -->   one row per exercise
    <!-- end generated -->

Everything in a table comes from the chapters, so it cannot say what they do
not: each exercise is an item of the numbered list under a chapter's
"## Exercises" heading; its title is its first sentence, its difficulty the
"*Difficulty D of 3.*" it carries, and how a student checks it follows from
"Check:" (a test in tests/exercises/) or "Self-check:" (a question list).
The times are estimates, and the page says how they are made (estimates()).

`make docs` runs this as a Doxygen input filter, so the site always shows
tables made from the chapters of the same build; a test (docs/course-plan)
fails when the copy in the repository, which GitHub shows, has drifted;
`make chapter-counts`, which an edit of a chapter calls for anyway, or
`--fix` brings it up to date.
"""

import argparse
import difflib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = os.path.join(ROOT, "docs", "course-plan.md")

BEGIN = re.compile(r"^<!-- generated: (overview|estimates|exercises (\S+)) -->$")
END = "<!-- end generated -->"

# What the chapters' difficulty scale means ("1 is an afternoon's reading,
# 3 a day's work"), in hours: the estimate of one exercise's time.
HOURS_BY_DIFFICULTY = {1: 3, 2: 5, 3: 8}
# Reading speed for a technical chapter with code in it, in words a minute,
# and for the lesson's C++ read closely, in lines an hour. Estimates.
WORDS_PER_MINUTE = 150
CODE_LINES_PER_HOUR = 400

class Exercise:
    def __init__(self, stage, number, text):
        self.stage = stage
        self.number = number
        self.text = " ".join(text.split())  # one line, single spaces
        self.title = first_sentence(self.text)
        m = re.search(r"\*Difficulty (\d) of 3\.\*", self.text)
        self.difficulty = int(m.group(1)) if m else None
        ident = f"{stage[:2]}-{number}"
        self.id = ident
        has_check = os.path.exists(os.path.join(ROOT, "tests", "exercises", ident + ".py"))
        if has_check or re.search(r"Check: `?make check-exercise", self.text):
            self.check = f"`make check-exercise EX={ident}`"
        elif "Self-check:" in self.text:
            self.check = "self-check questions"
        else:
            self.check = "none yet"
        self.solution = os.path.exists(os.path.join(ROOT, "docs", "solutions", ident + ".md"))

    def hours(self):
        return HOURS_BY_DIFFICULTY.get(self.difficulty)


class Chapter:
    def __init__(self, stage):
        self.stage = stage
        path = os.path.join(ROOT, stage, "README.md")
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.title = self.text.splitlines()[0].lstrip("# ").strip()
        self.words = len(self.text.split())
        m = re.search(r"The lesson is these files \(([\d,]+) lines\)", self.text)
        self.lesson_lines = int(m.group(1).replace(",", "")) if m else None
        self.exercises = exercises(stage, self.text)


def stages():
    """The stage folders in order: NN-name with a README.md."""
    return sorted(
        d for d in os.listdir(ROOT)
        if re.match(r"^\d\d-[a-z-]+$", d) and os.path.isfile(os.path.join(ROOT, d, "README.md"))
    )


def exercises(stage, text):
    """The items of the numbered list under the chapter's ## Exercises."""
    lines = text.splitlines()
    try:
        start = lines.index("## Exercises")
    except ValueError:
        return []
    found = []
    current = None
    for line in lines[start + 1:]:
        if line.startswith("#"):
            break
        m = re.match(r"^(\d+)\. (.*)", line)
        if m:
            current = [int(m.group(1)), [m.group(2)]]
            found.append(current)
        elif current and (line.startswith("   ") or not line.strip()):
            current[1].append(line)
        elif line.strip():
            current = None  # prose after the list
    return [Exercise(stage, n, "\n".join(body)) for n, body in found]


def first_sentence(text):
    """An exercise's title: its bold lead-in, or its first sentence."""
    m = re.match(r"\*\*(.+?)\*\*", text)
    if m:
        return m.group(1).strip()
    # The end of a sentence: . ? or ! followed by a space, not inside `code`.
    in_code = False
    for i, c in enumerate(text):
        if c == "`":
            in_code = not in_code
        elif c in ".?!" and not in_code and (i + 1 == len(text) or text[i + 1] == " "):
            return text[: i + 1]
    return text


def cell(text):
    """Text that is safe in a Markdown table cell. A `|` ends a cell unless
    written `\\|`, which both GitHub and Doxygen show as a bar, but only
    outside `code` (Doxygen shows the backslash there), so a code span with
    a bar in it becomes two spans with the bar between them."""

    def split_code(m):
        parts = [p.strip() for p in m.group(1).split("|")]
        return " | ".join(f"`{p}`" for p in parts if p)

    text = re.sub(r"`([^`]*\|[^`]*)`", split_code, text)
    return text.replace("|", "\\|")


def hours_text(h):
    return f"{h} h" if h is not None else "not rated yet"


# ---------------------------------------------------------------------------
# The generated parts


def overview(chapters):
    rows = [
        "| lecture | chapter | reading the chapter | reading its lesson files | exercises | "
        "their difficulties | all its exercises |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, ch in enumerate(chapters, 1):
        # Rounded to 5 minutes, so that an edit of a few words leaves the
        # table (and the copy in the repository) as it was.
        minutes = max(5, round(ch.words / WORDS_PER_MINUTE / 5) * 5)
        code = (
            f"{ch.lesson_lines:,} lines, ~{ch.lesson_lines / CODE_LINES_PER_HOUR:.1f} h"
            if ch.lesson_lines
            else "-"
        )
        rated = [e.difficulty for e in ch.exercises if e.difficulty]
        difficulties = ", ".join(str(d) for d in rated) if rated else "not rated yet"
        total = sum(e.hours() or 0 for e in ch.exercises)
        unrated = sum(1 for e in ch.exercises if e.hours() is None)
        total_text = f"~{total} h" if total else "-"
        if unrated and total:
            total_text += f" + {unrated} not rated"
        rows.append(
            f"| {n} | [{ch.stage}](../{ch.stage}/README.md) | ~{minutes} min "
            f"| {code} | {len(ch.exercises)} | {difficulties} | {total_text} |"
        )
    return rows


def estimates():
    hours = HOURS_BY_DIFFICULTY
    return [
        f"- A chapter is read at {WORDS_PER_MINUTE} words a minute (technical prose with code",
        "  in it), rounded to 5 minutes.",
        f"- Its lesson files are read closely at {CODE_LINES_PER_HOUR} lines an hour.",
        f"- An exercise takes about {hours[1]} hours at difficulty 1 (the chapters' \"an",
        f"  afternoon's reading\"), {hours[2]} hours at difficulty 2, and {hours[3]} hours at",
        "  difficulty 3 (\"a day's work\"). An exercise a chapter has not rated yet has no",
        "  estimate.",
    ]


def exercise_table(chapter):
    if not chapter.exercises:
        return ["The chapter has no exercises yet."]
    rows = [
        "| # | exercise | difficulty | how it is checked | time (estimate) |",
        "|---|---|---|---|---|",
    ]
    for e in chapter.exercises:
        difficulty = f"{e.difficulty} of 3" if e.difficulty else "not rated yet"
        rows.append(
            f"| {e.id} | {cell(e.title)} | {difficulty} | {e.check} | {hours_text(e.hours())} |"
        )
    with_solution = [e.id for e in chapter.exercises if e.solution]
    rows.append("")
    if with_solution:
        rows.append(
            f"Reference solutions: {len(with_solution)} of {len(chapter.exercises)} "
            f"(docs/solutions/{chapter.stage[:2]}-K.md, with a patch where the exercise changes code)."
        )
    else:
        rows.append("Reference solutions: none yet.")
    return rows


def fill(text, chapters):
    """The plan's text with every generated part written anew."""
    by_stage = {ch.stage: ch for ch in chapters}
    out = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = BEGIN.match(lines[i])
        out.append(lines[i])
        i += 1
        if not m:
            continue
        while i < len(lines) and lines[i] != END:
            i += 1
        if i == len(lines):
            raise SystemExit(f"course_plan: '{m.group(0)}' has no '{END}'")
        if m.group(1) == "overview":
            body = overview(chapters)
        elif m.group(1) == "estimates":
            body = estimates()
        else:
            stage = m.group(2)
            if stage not in by_stage:
                raise SystemExit(f"course_plan: no chapter {stage}/README.md")
            body = exercise_table(by_stage[stage])
        out.extend([""] + body + [""])
        out.append(lines[i])
        i += 1
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="fail if docs/course-plan.md is stale")
    mode.add_argument("--fix", action="store_true", help="rewrite docs/course-plan.md's tables")
    mode.add_argument("--filter", metavar="FILE", help="print FILE with its tables filled in")
    args = parser.parse_args()

    chapters = [Chapter(s) for s in stages()]
    source = args.filter or PLAN
    with open(source, encoding="utf-8") as f:
        text = f.read()
    filled = fill(text, chapters)
    if args.filter:
        sys.stdout.write(filled)
        return 0
    if args.fix:
        if filled != text:
            with open(PLAN, "w", encoding="utf-8") as f:
                f.write(filled)
            print("course_plan: rewrote docs/course-plan.md")
        return 0
    if filled != text:
        sys.stdout.writelines(
            difflib.unified_diff(
                text.splitlines(True), filled.splitlines(True), "docs/course-plan.md", "generated"
            )
        )
        print("course_plan: docs/course-plan.md is stale; run make chapter-counts "
              "(or python3 scripts/course_plan.py --fix)")
        return 1
    print("course_plan: docs/course-plan.md matches the chapters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
