"""Exercise 03-5: crypto.scrypt and crypto.scryptSync as pool jobs.

The script derives keys in the callback form (default options, then cost
and blockSize, with a Uint8Array salt), in the synchronous form (N, r, p),
and passes four bad arguments. WANT is what Node 20 printed for it (keys in
hex; the thrown errors' names and codes; the callbacks after the main
script).
"""
from exercise_common import args, error_line, fail, ok, run_script

SCRIPT = r"""
const crypto = require('crypto');
const hex = (key) => Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('');
crypto.scrypt('pw', 'salt', 16, (err, key) => {
  console.log('default', err, hex(key));
  crypto.scrypt('pw', new Uint8Array([1, 2, 3]), 8, { cost: 2048, blockSize: 4 }, (err, key) => {
    console.log('cost 2048', err, hex(key));
  });
});
console.log('sync', hex(crypto.scryptSync('pw', 'salt', 16, { N: 1024, r: 4, p: 2 })));
for (const bad of [() => crypto.scrypt('pw', 'salt', -1, () => {}),
                   () => crypto.scrypt(5, 'salt', 8, () => {}),
                   () => crypto.scrypt('pw', 'salt', 8, { N: 3 }, () => {}),
                   () => crypto.scrypt('pw', 'salt', 8)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code); }
}
console.log('main done');
"""

WANT = ['sync 8f9617fd1528a97ce91c337e5589e4aa', 'RangeError ERR_OUT_OF_RANGE', 'TypeError ERR_INVALID_ARG_TYPE', 'RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'TypeError ERR_INVALID_ARG_TYPE', 'main done', 'default null c0b515908e61334cae6d6003c00be60e', 'cost 2048 null cdb7924d5f809640']

opts = args()
code, out, err = run_script(opts.bin, "03-threadpool", SCRIPT)
if code != 0:
    fail(f"the script failed (exit {code}): {error_line(err)}")
got = out.splitlines()
for i, line in enumerate(WANT):
    if i >= len(got) or got[i] != line:
        fail(f"line {i + 1}: expected {line!r}, got {got[i] if i < len(got) else 'nothing'!r}")
if len(got) != len(WANT):
    fail(f"expected {len(WANT)} lines, got {len(got)}")
ok()
