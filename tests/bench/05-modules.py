#!/usr/bin/env python3
"""Stage 05 benchmarks: the JavaScript core library against Node 20, whole processes.

Each case is a small script run by both runtimes (see compare.py for how runs
are measured and why). Every script prints one line that proves the work was
done; the warm-up run checks it.

  start-up -e ""           what the embedded library costs at start: stage 05
                           against Node and against stage 04 (the same runtime
                           without the library); the built-ins come from V8's
                           code cache made at build time (05-modules/README.md)
  require of 1,000 modules a tree of small CommonJS files written to a
                           temporary folder: inner nodes are folders with an
                           index.js, leaves are files required without ".js";
                           resolution, reading, compiling and the cache
  import of 1,000 modules  the same tree as ES modules (.mjs files; URLs name
                           the files whole, so inner nodes are mK/index.mjs):
                           the ESM loader's resolution, asynchronous reads,
                           linking, instantiation and evaluation
  EventEmitter emit        10M emits to 1 listener, and to 10 listeners
  util.inspect             a large nested object (arrays, maps, strings,
                           numbers, dates), inspected whole
  path.join / path.resolve 1M calls each, on a handful of typical arguments

Run:  python3 tests/bench/05-modules.py --build build [--runs 20]
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

MODULES = 1000
BRANCHING = 10

EMIT = """
const EventEmitter = require('events');
const emitter = new EventEmitter();
let calls = 0;
for (let i = 0; i < {listeners}; i++) emitter.on('tick', (n) => {{ calls += n; }});
for (let i = 0; i < 1e7; i++) emitter.emit('tick', 1);
console.log(calls);
"""

# About 60,000 values in four levels; printed whole (depth: Infinity), with
# no line limit, so every value is formatted.
INSPECT = """
const util = require('util');
function node(level) {
  if (level === 0) return { id: 42, name: 'leaf "quoted"', ok: true, list: [1, 2.5, -3] };
  const children = [];
  for (let i = 0; i < 12; i++) children.push(node(level - 1));
  return { level, when: new Date(0), tags: new Map([['a', 1], ['b', [level]]]), children };
}
const big = node(4);
let total = 0;
for (let i = 0; i < 3; i++) {
  total += util.inspect(big, { depth: Infinity, maxArrayLength: Infinity, breakLength: 120 })
    .length;
}
console.log(total);
"""

PATH_JOIN = """
const path = require('path');
let total = 0;
for (let i = 0; i < 1e6; i++) {
  total += path.join('/usr/local', 'lib', i % 2 ? 'node_modules' : '../share', 'x.js').length;
}
console.log(total);
"""

PATH_RESOLVE = """
const path = require('path');
let total = 0;
for (let i = 0; i < 1e6; i++) {
  total += path.resolve('/srv/app', i % 2 ? './lib/../src' : 'lib', 'index.js').length;
}
console.log(total);
"""


def write_module_tree(root, esm=False):
    """Writes MODULES CommonJS modules below `root`; returns the main file.

    Module k requires modules BRANCHING*k+1 ... BRANCHING*k+BRANCHING (those
    below MODULES) and exports 1 + the sum of their exports, so the main
    module's export is MODULES. A module with children is a folder (mK/
    index.js, required as './mK'); a leaf is a file (mK.js, required as
    './mK').

    With esm=True, the same graph as ES modules: mK/index.mjs and mK.mjs,
    imported by their full names (import resolves no extension or index),
    each `export default` of 1 + the sum of its imports' defaults.
    """
    def children(k):
        return [c for c in range(BRANCHING * k + 1, BRANCHING * k + BRANCHING + 1) if c < MODULES]

    extension = ".mjs" if esm else ".js"

    def write(k, folder):
        kids = children(k)
        if kids:
            os.makedirs(folder, exist_ok=True)
            filename = os.path.join(folder, "index" + extension)
        else:
            filename = folder + extension
        if esm:
            def target(c):
                return f"./m{c}/index.mjs" if children(c) else f"./m{c}.mjs"
            lines = [f"import m{c} from '{target(c)}';" for c in kids]
            lines.append("export default 1" + "".join(f" + m{c}" for c in kids) + ";")
        else:
            lines = ["'use strict';", "let sum = 1;"]
            lines += [f"sum += require('./m{c}');" for c in kids]
            lines.append("module.exports = sum;")
        with open(filename, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        for c in kids:
            write(c, os.path.join(folder, f"m{c}"))
        return filename

    if esm:
        root = os.path.join(root, "esm")
        os.makedirs(root, exist_ok=True)
    tree = os.path.join(root, "m0")
    write(0, tree)
    main = os.path.join(root, "main" + extension)
    with open(main, "w", encoding="utf-8") as f:
        f.write("import m0 from './m0/index.mjs';\nconsole.log(m0);\n" if esm else
                "console.log(require('./m0'));\n")
    return main


def node_output(node, source):
    """What Node prints for `source`, in the harness's environment."""
    completed = subprocess.run([node, "-e", source], env=compare.child_environment(),
                               capture_output=True, check=True,
                               timeout=compare.CHECK_TIMEOUT_SECONDS)
    return completed.stdout.decode("utf-8")


def make_cases(build, stage, node, tree_dir):
    def pair(title, script, expect):
        return compare.Case(title=title,
                            commands=[compare.Command("05-modules", [stage, script],
                                                      expect_stdout=expect),
                                      compare.Command("node", [node, script],
                                                      expect_stdout=expect)],
                            baseline="node")

    def script(name, source):
        """`source` as a file in the temporary folder: the table then shows
        a file name rather than the whole source."""
        filename = os.path.join(tree_dir, name)
        with open(filename, "w", encoding="utf-8") as f:
            f.write(source)
        return filename

    startup = compare.Case(
        title='start-up: an empty script (-e "")',
        commands=[compare.Command("05-modules", [stage, "-e", ""], expect_stdout=""),
                  compare.Command("04-bindings", [os.path.join(build, "bin", "04-bindings"),
                                                  "-e", ""], expect_stdout=""),
                  compare.Command("node", [node, "-e", ""], expect_stdout="")],
        baseline="node", reference="04-bindings")

    half = 500_000  # the path cases alternate between two sets of arguments
    join_length = len("/usr/local/lib/node_modules/x.js") + len("/usr/local/share/x.js")
    resolve_length = len("/srv/app/src/index.js") + len("/srv/app/lib/index.js")
    return [
        startup,
        pair(f"require() of {MODULES:,} small modules in a tree", write_module_tree(tree_dir),
             f"{MODULES}\n"),
        pair(f"import of the same {MODULES:,} modules as ES modules",
             write_module_tree(tree_dir, esm=True), f"{MODULES}\n"),
        pair("EventEmitter: 10M emits, 1 listener",
             script("emit-1.js", EMIT.format(listeners=1)), "10000000\n"),
        pair("EventEmitter: 10M emits, 10 listeners",
             script("emit-10.js", EMIT.format(listeners=10)), "100000000\n"),
        # Node's own output is the expectation: the same text, to the byte.
        pair("util.inspect of a large nested object (x 3)", script("inspect.js", INSPECT),
             node_output(node, INSPECT)),
        pair("path.join x 1M", script("path-join.js", PATH_JOIN), f"{half * join_length}\n"),
        pair("path.resolve x 1M", script("path-resolve.js", PATH_RESOLVE),
             f"{half * resolve_length}\n"),
    ]


def main():
    args, stage = compare.stage_arguments(
        "05-modules", "Stage 05 (the JavaScript core library) against Node 20, whole processes.")
    build = os.path.abspath(args.build)
    tree_dir = tempfile.mkdtemp(prefix="bench-05-modules-")
    try:
        return compare.run_cases(make_cases(build, stage, args.node, tree_dir), runs=args.runs,
                                 warmup=args.warmup, only=args.only)
    finally:
        shutil.rmtree(tree_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
