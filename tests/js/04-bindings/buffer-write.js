// buf.write(string, offset, length, encoding) in its overloads, and how it
// stops rather than split a character.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

function run(label, size, args) {
  const b = Buffer.alloc(size, '.');
  show(label, () => [b.write(...args), b.toString('latin1')]);
}
run('write(s)', 8, ['hey']);
run('write(s, off)', 8, ['hey', 3]);
run('write(s, off, len)', 8, ['hey', 3, 2]);
run('write(s, enc)', 8, ['6869', 'hex']);
run('write(s, off, enc)', 8, ['6869', 2, 'hex']);
run('write(s, off, len, enc)', 8, ['686970', 1, 2, 'hex']);
run('overflow', 4, ['abcdef']);
run('utf8 not split', 4, ['ab€']);
run('utf8 fits', 5, ['ab€']);
run('ucs2 not split', 5, ['abc', 'ucs2']);
run('hex odd', 4, ['abc', 'hex']);
run('hex bad', 4, ['12zz34', 'hex']);
run('base64', 6, ['aGVsbG8=', 'base64']);
run('base64 short', 3, ['aGVsbG8=', 'base64']);
run('latin1', 4, ['ÿ€', 'latin1']);
run('offset at end', 4, ['a', 4]);
run('length 0', 4, ['abc', 0, 0]);
run('length beyond', 4, ['abc', 1, 100]);
run('offset undefined', 4, ['abc', undefined]);
run('offset too big', 4, ['abc', 5]);
run('offset negative', 4, ['abc', -1]);
run('offset float', 4, ['abc', 1.5]);
run('offset string', 4, ['abc', '1']);
run('length negative', 4, ['abc', 0, -1]);
run('unknown encoding', 4, ['abc', 'nope']);
run('not a string', 4, [42]);
run('buffer as string', 4, [Buffer.from('ab')]);
run('utf8Write', 4, ['zz']);
const b = Buffer.alloc(4);
show('latin1Write', () => [b.latin1Write('ÿ', 1), b]);
show('hexWrite', () => [b.hexWrite('abcd', 2, 1), b]);
show('utf8Write range', () => b.utf8Write('x', 5));
