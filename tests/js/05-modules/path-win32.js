// path.win32 on Linux: drives, drive-relative paths, UNC roots, both
// separators, and every function on each.
process.chdir('/');  // resolve() starts from the current directory: make it the same everywhere
const w = require('path').win32;
const inputs = ['', '.', '..', 'a', 'a\\b', 'a/b/../c', 'C:', 'C:\\', 'C:/', 'c:\\a\\..\\..\\b', 'C:a\\b', 'C:..\\a', '\\', '\\\\', '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\file.txt', '//server/share/a', '\\a\\b\\', 'a\\b\\', 'file.tar.gz', '.profile', 'a.', '..\\..\\x', 'C:\\dir\\', '\\\\?\\C:\\x', 'a\\\\\\b', 'C:\\a\\b.c\\'];
for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
  for (const p of inputs) { let r; try { r = w[fn](p); } catch (e) { r = e.code; } console.log(fn, JSON.stringify(p), JSON.stringify(r)); }
}
const pairs = [['a', 'b'], ['C:\\', 'x'], ['\\\\', 'server', 'share'], ['\\\\server', 'share'], ['//', 'a'], ['C:', 'a'], ['a', '..', '..', 'b'], ['', ''], ['\\a', '\\b'], ['\\\\\\', 'x'], ['C:\\a', 'D:\\b']];
for (const args of pairs) { console.log('join', JSON.stringify(args), JSON.stringify(w.join(...args))); }
for (const args of [['C:\\a', 'b'], ['C:\\a', 'D:\\b', 'c'], ['\\\\server\\share', 'x'], ['C:\\x', '..\\y'], ['C:\\a', 'C:b'], ['D:\\', 'C:rel']]) console.log('resolve', JSON.stringify(args), JSON.stringify(w.resolve(...args)));
for (const [a, b] of [['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'D:\\a'], ['C:\\A\\b', 'c:\\a\\B\\c'], ['\\\\s\\sh\\a', '\\\\s\\sh\\b'], ['C:\\a\\b\\c', 'C:\\a']]) console.log('relative', a, b, JSON.stringify(w.relative(a, b)));
for (const o of [{ root: 'C:\\', name: 'f', ext: 'txt' }, { dir: 'C:\\d', base: 'b' }, { root: '\\', base: 'x' }]) console.log('format', JSON.stringify(w.format(o)));
console.log(w.sep, w.delimiter, w.win32 === w, w.posix === require('path').posix, require('path').win32 === w, require('path').posix.win32 === w);
