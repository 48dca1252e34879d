// fill, indexOf / lastIndexOf / includes, copy and swap: ranges,
// encodings and what each refuses.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const fresh = (n) => Buffer.alloc(n, '.');
show('fill(0x41)', () => fresh(4).fill(0x41));
show('fill(321)', () => fresh(4).fill(321));
show('fill(-1)', () => fresh(2).fill(-1));
show('fill("ab")', () => fresh(5).fill('ab'));
show('fill("ab", 1)', () => fresh(5).fill('ab', 1));
show('fill("ab", 1, 3)', () => fresh(5).fill('ab', 1, 3));
show('fill("6162", "hex")', () => fresh(5).fill('6162', 'hex'));
show('fill("6162", 1, "hex")', () => fresh(5).fill('6162', 1, 'hex'));
show('fill("€")', () => fresh(5).fill('€'));
show('fill("é", "latin1")', () => fresh(3).fill('é', 'latin1'));
show('fill("é", "ucs2")', () => fresh(5).fill('é', 'ucs2'));
show('fill("")', () => fresh(3).fill(''));
show('fill(Buffer)', () => fresh(5).fill(Buffer.from([1, 2])));
show('fill(true)', () => fresh(2).fill(true));
show('fill(null)', () => fresh(2).fill(null));
show('fill({})', () => fresh(2).fill({}));
show('fill(1, 3, 1)', () => fresh(4).fill(1, 3, 1));
show('fill(1, undefined, 2)', () => fresh(4).fill(1, undefined, 2));
show('fill("zz", "hex")', () => fresh(2).fill('zz', 'hex'));
show('fill(empty Buffer)', () => fresh(2).fill(Buffer.alloc(0)));
show('fill("a", "nope")', () => fresh(2).fill('a', 'nope'));
show('fill("a", 0, 2, 5)', () => fresh(2).fill('a', 0, 2, 5));
show('fill(1, -1)', () => fresh(2).fill(1, -1));
show('fill(1, 0, 3)', () => fresh(2).fill(1, 0, 3));
show('fill(1, "1")', () => fresh(2).fill(1, '1'));

const hay = Buffer.from('abcabc');
for (const args of [['b'], ['b', 2], ['b', -2], ['b', -100], ['b', 100], ['z'], [''], ['', 3],
                    ['', 100], [99], [99 + 256], [-157], [Buffer.from('ca')],
                    [new Uint8Array([98, 99])], ['YmM=', 'base64'], ['6263', 'hex'],
                    ['bc', 'latin1'], ['b', 'ucs2'], ['b', 1, 'utf8'], ['b', null], ['b', '2'],
                    ['b', {}], ['b', 1.9]]) {
  show(`indexOf(${args.map(String)})`, () =>
    [hay.indexOf(...args), hay.lastIndexOf(...args), hay.includes(...args)]);
}
show('ucs2 search', () => Buffer.from('abcb', 'ucs2').indexOf('b', 3, 'ucs2'));
show('ucs2 lastIndexOf', () => Buffer.from('abcb', 'ucs2').lastIndexOf('b', undefined, 'ucs2'));
show('indexOf object', () => hay.indexOf({}));
show('indexOf unknown encoding', () => hay.indexOf('a', 0, 'nope'));
show('indexOf empty buffer', () => Buffer.alloc(0).indexOf('a'));

const source = Buffer.from('abcdef');
function copied(target, ...args) {
  const n = source.copy(target, ...args);
  return [n, target.toString()];
}
show('copy()', () => copied(Buffer.alloc(6, '.')));
show('copy(t, 2)', () => copied(Buffer.alloc(6, '.'), 2));
show('copy(t, 0, 3)', () => copied(Buffer.alloc(6, '.'), 0, 3));
show('copy(t, 0, 1, 3)', () => copied(Buffer.alloc(6, '.'), 0, 1, 3));
show('copy into smaller', () => copied(Buffer.alloc(3, '.')));
show('copy targetStart past end', () => copied(Buffer.alloc(3, '.'), 5));
show('copy sourceEnd past end', () => copied(Buffer.alloc(8, '.'), 0, 4, 100));
show('copy string positions', () => copied(Buffer.alloc(6, '.'), '1', '2', '4'));
show('copy NaN positions', () => copied(Buffer.alloc(6, '.'), NaN, NaN));
show('copy fractions', () => copied(Buffer.alloc(6, '.'), 1.7, 0.2, 2.9));
show('copy overlapping', () => {
  const b = Buffer.from('123456');
  b.copy(b, 2, 0, 4);
  return b.toString();
});
show('copy to Uint16Array', () => source.copy(new Uint16Array(2)));
show('copy bad target', () => source.copy('x'));
show('copy negative targetStart', () => source.copy(Buffer.alloc(2), -1));
show('copy sourceStart too big', () => source.copy(Buffer.alloc(2), 0, 7));
show('copy negative sourceEnd', () => source.copy(Buffer.alloc(2), 0, 0, -1));

show('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
show('swap32', () => Buffer.from([1, 2, 3, 4]).swap32());
show('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
show('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
show('swap32 bad', () => Buffer.from([1, 2]).swap32());
show('swap64 bad', () => Buffer.from([1, 2]).swap64());
