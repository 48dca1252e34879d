#!/usr/bin/env python3
"""make solutions: every reference solution must solve its exercise.

For each docs/solutions/NN-K.patch this applies the patch to a scratch copy of
the tree, builds the one stage the exercise belongs to, and runs the
exercise's check (tests/exercises/NN-K.py), which must PASS; it also runs the
same check on the untouched copy, which must FAIL (a check that passes on the
untouched tree checks nothing). It prints a table and exits non-zero if any
row is wrong.

Why a scratch copy: the patches must not touch the student's tree or its
build. Why it stays fast on a small machine: the copy and its build folder
live in <build>/solutions/ and are kept between runs; the copy is a git
repository of its own, so going back to the untouched tree between patches
rewrites only the files a patch changed, and make rebuilds only those (ccache
serves the rest). Only the stage an exercise belongs to is built.
"""

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIT_ID = ["-c", "user.name=solutions", "-c", "user.email=solutions@localhost"]


def sh(cmd, cwd=None, log=None, check=True):
    """Runs a command; its output goes to `log` (a file object) if given."""
    done = subprocess.run(cmd, cwd=cwd, stdout=log or subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    if check and done.returncode != 0:
        out = "" if log else done.stdout
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode})\n{out}")
    return done


def tree_files():
    """The files of the tree as the student has it: tracked and new, not ignored."""
    out = sh(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
             cwd=ROOT).stdout
    return [f for f in out.split("\0") if f and os.path.isfile(os.path.join(ROOT, f))]


def sync_scratch(src):
    """Makes `src` a copy of the tree, touching only the files that differ."""
    os.makedirs(src, exist_ok=True)
    if not os.path.isdir(os.path.join(src, ".git")):
        sh(["git", "init", "-q"], cwd=src)
    else:  # back to the last baseline before comparing
        reset(src)
    wanted = set(tree_files())
    for rel in wanted:
        a, b = os.path.join(ROOT, rel), os.path.join(src, rel)
        if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
            os.makedirs(os.path.dirname(b), exist_ok=True)
            shutil.copy2(a, b)
    have = sh(["git", "ls-files", "-z"], cwd=src).stdout.split("\0")
    for rel in have:
        if rel and rel not in wanted and os.path.exists(os.path.join(src, rel)):
            os.remove(os.path.join(src, rel))
    deps = os.path.join(ROOT, ".deps")
    link = os.path.join(src, ".deps")
    if os.path.exists(deps) and not os.path.lexists(link):
        os.symlink(os.path.realpath(deps), link)
    sh(["git", "add", "-A", "."], cwd=src)
    sh(["git", *GIT_ID, "commit", "-q", "--allow-empty", "-m", "baseline"], cwd=src)


def reset(src):
    """Puts the scratch copy back to its baseline (undoes a patch)."""
    sh(["git", "checkout", "-q", "--", "."], cwd=src)
    sh(["git", "clean", "-fdq", "-e", ".deps"], cwd=src)


def launcher(build):
    """The compiler launcher (ccache) the student's build was configured with."""
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            for line in f:
                m = re.match(r"CMAKE_CXX_COMPILER_LAUNCHER:\w+=(.*)", line.strip())
                if m and m.group(1):
                    return m.group(1)
    except OSError:
        pass
    return shutil.which("ccache")


def stage_of(ex):
    for name in sorted(os.listdir(ROOT)):
        if name.startswith(ex[:2] + "-") and os.path.isdir(os.path.join(ROOT, name)):
            return name
    raise RuntimeError(f"no stage folder for exercise {ex}")


def check(src, bld, ex):
    """Runs an exercise check in the scratch copy; True when it passes."""
    done = subprocess.run([sys.executable, f"tests/exercises/{ex}.py", "--bin",
                           os.path.join(bld, "bin")], cwd=src, capture_output=True,
                          text=True, timeout=300)
    last = (done.stdout.strip().splitlines() or [""])[-1]
    return done.returncode == 0, last


def main():
    parser = argparse.ArgumentParser(description="check every reference solution")
    parser.add_argument("--build", default="build", help="the student's build folder")
    parser.add_argument("--only", action="append", default=[],
                        help="exercise id(s) to run, e.g. 02-3 (repeatable)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    opts = parser.parse_args()

    solutions = os.path.join(ROOT, "docs", "solutions")
    exercises = sorted(f[:-len(".patch")] for f in os.listdir(solutions)
                       if re.fullmatch(r"\d\d-\d+\.patch", f))
    if opts.only:
        exercises = [ex for ex in exercises if ex in opts.only]
    if not exercises:
        print("no reference solutions to check")
        return 1

    scratch = os.path.join(os.path.abspath(os.path.join(ROOT, opts.build)), "solutions")
    src, bld, logs = (os.path.join(scratch, d) for d in ("src", "build", "logs"))
    os.makedirs(logs, exist_ok=True)
    sync_scratch(src)
    configure = ["cmake", "-S", src, "-B", bld, "-DCMAKE_BUILD_TYPE=RelWithDebInfo"]
    tool = launcher(opts.build)
    if tool:
        configure += [f"-DCMAKE_CXX_COMPILER_LAUNCHER={tool}",
                      f"-DCMAKE_C_COMPILER_LAUNCHER={tool}"]
    with open(os.path.join(logs, "configure.log"), "w") as log:
        sh(configure, log=log)

    def build(stage, log_name):
        with open(os.path.join(logs, log_name), "w") as log:
            return sh(["cmake", "--build", bld, "-j", str(opts.jobs), "--target", stage],
                      log=log, check=False).returncode == 0

    rows, wrong = [], 0
    by_stage = {}
    for ex in exercises:
        by_stage.setdefault(stage_of(ex), []).append(ex)
    for stage, group in by_stage.items():
        started = time.time()
        reset(src)
        if not build(stage, f"{stage}-untouched.log"):
            raise RuntimeError(f"the untouched {stage} does not build: see {logs}")
        untouched = {ex: check(src, bld, ex) for ex in group}
        for ex in group:
            started = time.time()
            reset(src)
            applied = sh(["git", "apply", os.path.join(solutions, f"{ex}.patch")],
                         cwd=src, check=False)
            if applied.returncode != 0:
                patched, why = False, "patch does not apply: " + applied.stdout.strip()
            elif not build(stage, f"{ex}.log"):
                patched, why = False, f"does not build, see {logs}/{ex}.log"
            else:
                patched, why = check(src, bld, ex)
            good = patched and not untouched[ex][0]
            wrong += not good
            if not good and untouched[ex][0]:
                why = "the check passes on the untouched tree"
            rows.append((ex, "passes" if untouched[ex][0] else "fails",
                         "passes" if patched else "fails",
                         f"{time.time() - started:.0f}s", "ok" if good else "WRONG: " + why))
    reset(src)

    print(f"{'exercise':<10}{'untouched':<11}{'patched':<9}{'time':<7}result")
    for row in rows:
        print(f"{row[0]:<10}{row[1]:<11}{row[2]:<9}{row[3]:<7}{row[4]}")
    print(f"{len(rows) - wrong} of {len(rows)} reference solutions check out")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
