// The rest of Node's console: table (arrays, objects, columns, primitives,
// Maps), count, group indentation on every method, assert, dir, dirxml,
// and the warnings of count, time and timeEnd.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { c: 2 } }, ['c']);
console.table(5);
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k', 'v']]));
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.countReset('nope');
console.group('G1'); console.log('inside\nmultiline'); console.group(); console.info('deeper'); console.groupEnd(); console.warn('back'); console.groupEnd(); console.groupEnd(); console.log('out');
console.assert(true, 'no'); console.assert(false, 'failed %s', 'here'); console.assert(false);
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); console.dir('str');
console.groupCollapsed('C'); console.log('in collapsed'); console.groupEnd();
console.timeEnd('nolabel'); console.timeLog('nolabel');
console.time('t'); console.time('t');
console.dirxml({ x: 1 }, [2]);
