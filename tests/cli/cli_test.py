#!/usr/bin/env python3
"""Command-line and bad-input tests for a stage, checked against Node 20 live.

    python3 tests/cli/cli_test.py build/bin/01-engine

Each case runs the stage and Node with the same arguments (and stdin) and
requires the same exit code; `expect` names text the stage's output must hold
(our messages name our program, so they cannot be byte-for-byte Node's).
"""

import os
import shutil
import subprocess
import sys
import tempfile

NODE = shutil.which("node")


def run(command, stdin=b"", cwd=None):
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.pop("NODE_EXTRA_CA_CERTS", None)
    done = subprocess.run(command, input=stdin, capture_output=True, timeout=60, cwd=cwd, env=env)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode(
        "utf-8", "replace")


def make_files(folder):
    files = {
        "empty.js": b"",
        "throws.js": b"function f() {\n  throw new TypeError('bad');\n}\nf();\n",
        "syntax.js": b"let x = 1;\nlet y = ;\n",
        "binary.js": bytes(range(256)) * 4,
        "shebang.js": b"#!/usr/bin/env node\nconsole.log('ran');\n",
        "argv-like.js": b"console.log('args ok');\n",
        "deep.js": b"function r(n) { return r(n + 1) + 1; }\nr(0);\n",
        "huge-line.js": b"console.log('" + b"x" * 200000 + b"'.length);\n",
        "esm.mjs": b"console.log('a module file');\n",
        "detect.js": b"import 'path';\nconsole.log('detected file', typeof require);\n",
    }
    for name, content in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(content)
    os.mkdir(os.path.join(folder, "a-directory"))


# (name, arguments, stdin, text the stage's stdout+stderr must contain)
CASES = [
    ("missing script", ["no-such-file.js"], b"", "Cannot find module"),
    ("directory as script", ["a-directory"], b"", "Cannot find module"),
    ("empty script", ["empty.js"], b"", ""),
    ("uncaught TypeError", ["throws.js"], b"", "TypeError: bad"),
    ("syntax error", ["syntax.js"], b"", "SyntaxError: Unexpected token ';'"),
    ("binary garbage", ["binary.js"], b"", "SyntaxError"),
    ("shebang line", ["shebang.js"], b"", "ran"),
    ("infinite recursion", ["deep.js"], b"", "RangeError: Maximum call stack size exceeded"),
    ("a 200 kB line", ["huge-line.js"], b"", "200000"),
    ("unknown option", ["--no-such-option", "empty.js"], b"", "bad option: --no-such-option"),
    ("-e without code", ["-e"], b"", "requires an argument"),
    ("-p without code reads stdin", ["-p"], b"6 * 7", "42"),
    ("options after the script are its own", ["argv-like.js", "--no-such-option"], b"",
     "args ok"),
    ("-e", ["-e", "console.log(6 * 7)"], b"", "42"),
    ("-p", ["-p", "[1, 'two', { three: 3 }]"], b"", "[ 1, 'two', { three: 3 } ]"),
    ("-e throws", ["-e", "null.x"], b"", "TypeError: Cannot read properties of null"),
    ("throw 42", ["-e", "throw 42"], b"", "42"),
    ("stdin script", [], b"console.log('from stdin')", "from stdin"),
    ("stdin with -", ["-"], b"console.log('dash')", "dash"),
    ("stdin syntax error", [], b"}", "[stdin]:1"),
    ("--expose-gc", ["--expose-gc", "-e", "gc(); console.log(typeof gc)"], b"", "function"),
    ("--stack-size", ["--stack-size=50", "deep.js"], b"", "RangeError"),
    ("--max-old-space-size", ["--max-old-space-size=64", "-e", "console.log('ok')"], b"", "ok"),
    ("--help", ["--help"], b"", "Usage"),
    ("--version", ["--version"], b"", "(V8 10.2"),
    ("--v8-options", ["--v8-options"], b"", "--expose-gc"),
]

# From stage 05 on (ES modules): -e, -p and stdin as modules, --input-type,
# syntax detection, and the warning switches.
MODULE_STAGES = ("05-", "06-")
MODULE_CASES = [
    ("--input-type=module -e", ["--input-type=module", "-e",
                                "import { sep } from 'path'; console.log(sep, typeof require)"],
     b"", "/ undefined"),
    ("-e with module syntax runs as a module",
     ["-e", "import { sep } from 'path'; console.log('detected', sep)"], b"", "detected /"),
    ("-e with a top-level await", ["-e", "console.log(await Promise.resolve('awaited'))"], b"",
     "awaited"),
    ("--input-type=module -p", ["--input-type=module", "-p", "1"], b"",
     "ERR_EVAL_ESM_CANNOT_PRINT"),
    ("-p of module syntax", ["-p", "import 'path'"], b"", "--print cannot be used with ESM input"),
    ("--input-type=commonjs -e of module syntax", ["--input-type=commonjs", "-e", "import 'path'"],
     b"", "Cannot use import statement outside a module"),
    ("stdin with --input-type=module", ["--input-type=module"],
     b"console.log(import.meta.url.endsWith('/[eval1]'))", "true"),
    ("stdin of module syntax", [], b"import 'path'; console.log('stdin module')", "stdin module"),
    ("--input-type with a file", ["--input-type=module", "esm.mjs"], b"",
     "ERR_INPUT_TYPE_NOT_ALLOWED"),
    ("--input-type of a bad value", ["--input-type=json", "-e", "1"], b"", "--input-type"),
    ("a .js file of module syntax", ["detect.js"], b"", "detected file undefined"),
    ("--no-warnings", ["--no-warnings", "-e", "process.emitWarning('w'); console.log('quiet')"],
     b"", "quiet"),
    ("-e finds built-in modules as globals",
     ["-e", "console.log(typeof fs.readFileSync, path.sep, Object.keys(globalThis).includes('os'))"],
     b"", "function / false"),
    ("stdin does not", [], b"console.log(typeof fs, typeof require)", "undefined function"),
]

# From stage 06 on (http): the options of the HTTP parser.
HTTP_STAGES = ("06-",)
HTTP_CASES = [
    ("--max-http-header-size=N", ["--max-http-header-size=1024", "-p",
                                  "require('http').maxHeaderSize"], b"", "1024"),
    ("--max-http-header-size N", ["--max-http-header-size", "2048", "-p",
                                  "require('http').maxHeaderSize"], b"", "2048"),
    ("no --max-http-header-size", ["-p", "require('http').maxHeaderSize"], b"", "16384"),
    ("--max-http-header-size= without a value", ["--max-http-header-size=", "-e", "1"], b"",
     "--max-http-header-size"),
]


def main():
    if len(sys.argv) != 2 or not NODE:
        print(__doc__)
        return 2
    stage = os.path.abspath(sys.argv[1])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        make_files(folder)
        cases = CASES + (MODULE_CASES if os.path.basename(stage).startswith(MODULE_STAGES) else [])
        cases += HTTP_CASES if os.path.basename(stage).startswith(HTTP_STAGES) else []
        for name, args, stdin, expect in cases:
            node_code, _, _ = run([NODE] + args, stdin, folder)
            code, out, err = run([stage] + args, stdin, folder)
            problems = []
            if code != node_code:
                problems.append(f"exit code {code}, Node's is {node_code}")
            if expect not in out + err:
                problems.append(f"output lacks {expect!r}")
            if "Segmentation fault" in err or code < 0:
                problems.append(f"crashed (signal {-code})")
            if problems:
                failed += 1
                print(f"FAIL {name}: {'; '.join(problems)}\n  stdout: {out[:300]!r}\n"
                      f"  stderr: {err[:600]!r}")
            else:
                passed += 1
                print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
