#!/usr/bin/env python3
"""Doxygen's input filter for the chapters: puts the pictures in on the site.

    python3 scripts/doc_pictures.py 02-event-loop/README.md   (prints the page)

A chapter is read in two places. On GitHub its Markdown is shown as it is,
and its diagrams are the ASCII drawings in fenced blocks. On the site
(`make docs`) Doxygen reads it through this filter, which turns one kind of
HTML comment, invisible on GitHub, into a picture:

    <!-- diagram: loop-phases.dot The phases of one iteration -->
    ```
    ...the ASCII drawing...
    ```

becomes Doxygen's `\\dotfile loop-phases.dot "The phases of one iteration"`
in place of the fenced block right below it: the picture replaces the ASCII
drawing it was drawn from. The .dot file is the chapter's own
(NN-stage/diagrams/, found through the Doxyfile's DOTFILE_DIRS), so names
are unique across the chapters.

    <!-- picture: 02-event-loop-trace.svg One run of order.js -->

becomes `\\image html 02-event-loop-trace.svg "One run of order.js"`, a
picture made while the site is built (scripts/trace_picture.py draws a real
--trace-loop=chrome:FILE run; the Doxyfile's IMAGE_PATH finds it). Nothing
is removed: it goes beside the text trace above it.

Every other line passes unchanged, and the page keeps its line count, so
Doxygen's warnings still point at the right line of the README.
"""
import re
import sys

MARKER = re.compile(r"^<!-- (diagram|picture): (\S+)(?: (.*?))? -->\s*$")
FENCE = re.compile(r"^\s*(```+|~~~+)")


def caption(text):
    # Doxygen's caption is a quoted string: no quotes inside.
    return f' "{text.replace(chr(34), chr(39))}"' if text else ""


def filter_page(lines):
    out = []
    i = 0
    while i < len(lines):
        marker = MARKER.match(lines[i])
        if not marker:
            out.append(lines[i])
            i += 1
            continue
        kind, name, text = marker.groups()
        if kind == "picture":
            out.append(f"\\image html {name}{caption(text)}\n")
            i += 1
            continue
        # A diagram: the fenced block that follows is the ASCII drawing it
        # replaces; its lines become empty ones.
        fence = FENCE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if not fence:
            sys.exit(f"{sys.argv[1]}:{i + 1}: a diagram marker must sit right above a fenced block")
        out.append(f"\\dotfile {name}{caption(text)}\n")
        end = i + 2
        while end < len(lines) and not lines[end].lstrip().startswith(fence.group(1)):
            end += 1
        out.extend("\n" for _ in range(i + 1, min(end + 1, len(lines))))
        i = end + 1
    return out


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.readlines()
    sys.stdout.buffer.write("".join(filter_page(lines)).encode("utf-8"))


if __name__ == "__main__":
    main()
