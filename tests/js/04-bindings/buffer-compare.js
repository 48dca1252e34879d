// equals, compare (the method and Buffer.compare), and sorting with it.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const abc = Buffer.from('abc');
const abd = Buffer.from('abd');
const ab = Buffer.from('ab');
show('equals same', () => abc.equals(Buffer.from('abc')));
show('equals different', () => abc.equals(abd));
show('equals Uint8Array', () => abc.equals(new Uint8Array([97, 98, 99])));
show('equals itself', () => abc.equals(abc));
show('equals string', () => abc.equals('abc'));
show('equals nothing', () => abc.equals());
show('compare <', () => abc.compare(abd));
show('compare >', () => abd.compare(abc));
show('compare =', () => abc.compare(Buffer.from('abc')));
show('compare prefix', () => [ab.compare(abc), abc.compare(ab)]);
show('compare empty', () => [Buffer.alloc(0).compare(Buffer.alloc(0)), ab.compare(Buffer.alloc(0))]);
show('compare ranges', () => abc.compare(abd, 0, 2, 0, 2));
show('compare ranges 2', () => abc.compare(abd, 1, 3, 0, 1));
show('compare empty range', () => [abc.compare(abd, 2, 2), abc.compare(abd, 0, 3, 1, 1)]);
show('compare bad target', () => abc.compare('abc'));
show('compare bad start', () => abc.compare(abd, -1));
show('compare end too big', () => abc.compare(abd, 0, 4));
show('compare start as string', () => abc.compare(abd, '1'));
show('compare sourceEnd too big', () => abc.compare(abd, 0, 3, 0, 9));
show('Buffer.compare', () => [Buffer.compare(abc, abd), Buffer.compare(abd, abc), Buffer.compare(abc, abc)]);
show('Buffer.compare bad', () => Buffer.compare(abc, 'x'));
show('Buffer.compare bad first', () => Buffer.compare(1, abc));
show('high bytes unsigned', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])));
const list = ['pear', 'apple', 'fig', 'apples', ''].map((s) => Buffer.from(s));
show('sort', () => list.sort(Buffer.compare).map(String));
