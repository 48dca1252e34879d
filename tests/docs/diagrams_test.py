#!/usr/bin/env python3
"""Checks the chapters' pictures without building the site.

    python3 tests/docs/diagrams_test.py

`make docs` shows a picture wherever a chapter has a marker comment
(scripts/doc_pictures.py explains them). This test finds the mistakes that
would otherwise surface only there, or as a silently missing picture:

- every `<!-- diagram: NAME.dot -->` names a file of the chapter's own
  diagrams/ folder (the top page's: diagrams/), sits right above a fenced
  block, and the filter blanks that block and keeps the page's line count;
- every `<!-- picture: NAME.svg -->` is a trace picture docs/CMakeLists.txt
  draws (NAME is "<stage>-trace.svg" for a stage in TRACE_EXAMPLES);
- every .dot file is used by its chapter, has a name no other chapter's
  file has (Doxygen's DOTFILE_DIRS is one search path), and Graphviz's
  `dot` draws it without a warning.
"""
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import doc_pictures  # noqa: E402


def main():
    failures = []
    with open(os.path.join(ROOT, "docs", "CMakeLists.txt")) as f:
        traced = set(re.findall(r'"(\d\d-[a-z-]+):[^"]+"', f.read()))
    pages = ["README.md"] + sorted(glob.glob("[0-9][0-9]-*/README.md", root_dir=ROOT))
    used = set()
    for page in pages:
        folder = os.path.join(ROOT, os.path.dirname(page), "diagrams")
        with open(os.path.join(ROOT, page), encoding="utf-8") as f:
            lines = f.readlines()
        for number, line in enumerate(lines, 1):
            marker = doc_pictures.MARKER.match(line)
            if not marker:
                continue
            kind, name, _ = marker.groups()
            where = f"{page}:{number}"
            if kind == "diagram":
                if not os.path.isfile(os.path.join(folder, name)):
                    failures.append(f"{where}: {name} is not in {os.path.relpath(folder, ROOT)}/")
                if number >= len(lines) or not doc_pictures.FENCE.match(lines[number]):
                    failures.append(f"{where}: no fenced block right below the marker")
                used.add(os.path.join(folder, name))
            elif not (name.endswith("-trace.svg") and name[: -len("-trace.svg")] in traced):
                failures.append(f"{where}: {name} is not a trace picture docs/CMakeLists.txt draws")
        if not failures:
            out = doc_pictures.filter_page(lines)
            if len(out) != len(lines):
                failures.append(f"{page}: the filter changed the line count")
            if sum(1 for l in out if l.startswith("\\dotfile ")) != sum(
                    1 for l in lines if l.startswith("<!-- diagram: ")):
                failures.append(f"{page}: not every diagram marker became a \\dotfile")

    dot_files = sorted(glob.glob("diagrams/*.dot", root_dir=ROOT) +
                       glob.glob("[0-9][0-9]-*/diagrams/*.dot", root_dir=ROOT))
    names = [os.path.basename(d) for d in dot_files]
    for dot in dot_files:
        path = os.path.join(ROOT, dot)
        if path not in used:
            failures.append(f"{dot}: no chapter shows it")
        if names.count(os.path.basename(dot)) > 1:
            failures.append(f"{dot}: another chapter has a diagram of the same name")
        result = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True,
                                timeout=60)
        if result.returncode != 0 or result.stderr.strip():
            failures.append(f"{dot}: dot says: {result.stderr.strip() or result.returncode}")
    if not dot_files:
        failures.append("no diagrams found")

    for failure in failures:
        print(failure)
    print(f"{len(dot_files)} diagrams in {len(pages)} pages: "
          f"{'FAILED' if failures else 'all well'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
