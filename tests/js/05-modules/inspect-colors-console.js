// The console's colorMode 'auto': values are coloured when the stream is a
// terminal with colours or FORCE_COLOR asks for colours, even on a pipe
// (the tests run with stdout a pipe and NO_COLOR set; FORCE_COLOR wins over
// NO_COLOR, with a warning). process.env is read again at every call.
// tests/stdio/stdio_test.py covers the terminal.
'use strict';
const util = require('util');

delete process.env.FORCE_COLOR;  // whatever the caller's environment says
const values = [1, 'str', { a: [null, undefined, 2n], s: Symbol('x'), f() {} }];
console.log(...values);
process.env.FORCE_COLOR = '1';
console.log(...values);
console.log('%s %d %o', 'fmt', 5, [/re/]);
console.info(new Map([['k', false]]));
console.dir({ d: 'dir' });
console.dir({ d: 'dir' }, { colors: false });
console.error(true, new Date(0));
console.log(util.styleText('red', 'styled for stdout'));
process.env.FORCE_COLOR = '0';
console.log(...values);
console.log(util.styleText('red', 'not styled'));
process.env.FORCE_COLOR = '3';
console.log([1.5]);
delete process.env.FORCE_COLOR;
console.log(...values);
