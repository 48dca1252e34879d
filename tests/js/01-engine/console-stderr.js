// console.error and console.warn write to stderr, console.info and
// console.debug to stdout, all formatted the same way.
console.log('log to stdout');
console.error('error to stderr');
console.warn('warn to stderr');
console.info('info to stdout');
console.debug('debug to stdout');
console.error('%s is %d years old', 'Bob', 42);
console.warn({ a: 1, b: [1, 2, 3] });
console.error([1, 2, 3], new Map([[1, 2]]));
console.error(new Error('real stack, frames normalised by the harness'));
console.error({ error: (() => { const e = new Error('nested'); e.stack = 'Error: nested'; return e; })() });
console.info('%o', { x: 1 });
console.error();
console.log('the end');
