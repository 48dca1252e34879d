"""Exercise 05-1: a built-in module lib/hello.js that exports a function.

Runs stage 05 with -e from an empty temporary folder (so no file called
hello can be found on disk) and asks require('hello') for its type; it must
be a function, and listed by require('module').builtinModules.
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from exercise_common import args, fail, ok, run  # noqa: E402

SCRIPT = r"""
let hello;
try {
  hello = require('hello');
} catch (e) {
  console.log('require failed: ' + e.code);
  process.exit(0);
}
console.log(typeof hello);
console.log(require('module').builtinModules.includes('hello'));
"""

bin_dir = os.path.abspath(args().bin)
with tempfile.TemporaryDirectory(prefix="exercise-") as empty:
    here = os.getcwd()
    os.chdir(empty)
    try:
        code, out, err = run(bin_dir, "05-modules", ["-e", SCRIPT])
    finally:
        os.chdir(here)
if code != 0:
    fail(f"05-modules exited with {code}: {err.strip()[-200:]}")
lines = out.splitlines()
if lines and lines[0].startswith("require failed"):
    fail(f"require('hello') throws {lines[0][len('require failed: '):]}: no built-in called hello")
if lines[:1] != ["function"]:
    fail(f"require('hello') is a {lines[0] if lines else 'nothing'}, not a function")
if lines[1:2] != ["true"]:
    fail("hello is not among require('module').builtinModules: is it a file on disk?")
ok()
