// The tables behind util.inspect's colours, and the helpers around them:
// util.inspect.styles and util.inspect.colors (a program may change both,
// and the next inspect uses the change), util.formatWithOptions with
// colors, util.styleText and util.stripVTControlCharacters.
'use strict';
const util = require('util');
const { Writable, PassThrough } = require('stream');

const visible = (text) => JSON.stringify(text);
const show = (value, options) =>
  console.log(visible(util.inspect(value, { colors: true, ...options })));
const attempt = (f) => {
  try {
    console.log(visible(f()));
  } catch (err) {
    console.log(`${err.name} ${err.code}: ${err.message}`);
  }
};

// The tables as Node has them.
console.log(util.inspect.styles);
console.log(Object.getPrototypeOf(util.inspect.styles), Object.getPrototypeOf(util.inspect.colors));
console.log(Object.keys(util.inspect.colors).join(' '));
console.log(Object.getOwnPropertyNames(util.inspect.colors).filter(
  (name) => !Object.keys(util.inspect.colors).includes(name)).join(' '));
for (const name of Object.keys(util.inspect.colors)) {
  process.stdout.write(`${name}=${util.inspect.colors[name].join('/')} `);
}
console.log();
console.log(util.inspect.colors.grey === util.inspect.colors.gray,
            util.inspect.colors.faint === util.inspect.colors.dim);

// Changed styles take effect at once.
const sample = { n: 1, s: 'str', u: undefined, z: null, d: new Date(0), f() {} };
show(sample);
util.inspect.styles.number = 'magenta';
util.inspect.styles.string = 'bgBlue';
util.inspect.styles.special = 'italic';
show(sample);
util.inspect.styles.name = 'underline';  // keys had no style
show(sample);
util.inspect.colors.magenta = [95, 39];   // a changed colour, too
util.inspect.colors.grey = [2, 22];       // through an alias
show(sample);
console.log(util.inspect.colors.gray);
util.inspect.styles.undefined = 'not-a-colour';  // unknown: left plain
delete util.inspect.styles.null;                 // missing: left plain
util.inspect.colors.italic = ['3', '23'];        // strings work as well
show(sample);
show({ [util.inspect.custom]: (depth, options) => options.stylize('via custom', 'number') });

// formatWithOptions: %o, %O and the values left over are coloured; %s, %d,
// %i, %f and %j never are.
util.inspect.styles.number = 'yellow';
util.inspect.styles.string = 'green';
attempt(() => util.formatWithOptions({ colors: true }, '%s|%d|%i|%f|%j', 1, 2n, 3, 4.5, { j: 1 }));
attempt(() => util.formatWithOptions({ colors: true }, '%s %s', Symbol('s'), { o: [1] }));
attempt(() => util.formatWithOptions({ colors: true }, '%o / %O', [1], { n: 'x' }));
attempt(() => util.formatWithOptions({ colors: true }, 'left over:', 1, 'plain', [true], null));
attempt(() => util.formatWithOptions({ colors: true }, { first: 'object' }, 2));
attempt(() => util.formatWithOptions({ colors: false }, '%O', { n: 1 }));

// styleText: one style or several, and Node's validation.
attempt(() => util.styleText('red', 'text', { validateStream: false }));
attempt(() => util.styleText(['bold', 'underline', 'bgCyan'], 'text', { validateStream: false }));
attempt(() => util.styleText('grey', 'alias', { validateStream: false }));
attempt(() => util.styleText('italic', 'changed above', { validateStream: false }));
attempt(() => util.styleText('red', 'stdout has NO_COLOR'));
attempt(() => util.styleText(['red'], 'a list is always styled'));
attempt(() => util.styleText('nope', 'text'));
attempt(() => util.styleText(['red', 'nope'], 'text'));
attempt(() => util.styleText(7, 'text'));
attempt(() => util.styleText('red', 7));
attempt(() => util.styleText('red', 'text', { validateStream: 'yes' }));
attempt(() => util.styleText('red', 'text', { stream: {} }));
attempt(() => util.styleText('red', 'text', { stream: null }));
attempt(() => util.styleText('red', 'not a terminal', { stream: new PassThrough() }));
const terminal = (depth) =>
  Object.assign(new Writable(), { isTTY: true, getColorDepth: () => depth });
attempt(() => util.styleText('red', '256 colours', { stream: terminal(8) }));
attempt(() => util.styleText('red', 'two colours', { stream: terminal(1) }));
attempt(() => util.styleText('red', 'no depth', { stream: Object.assign(new Writable(),
                                                                         { isTTY: true }) }));

// stripVTControlCharacters removes colours, cursor moves and OSC strings.
const coloured = util.inspect({ a: [1, 'b', null] }, { colors: true });
console.log(util.stripVTControlCharacters(coloured));
for (const text of ['\u001b[31mred\u001b[39m', '\u001b[2K\u001b[1Gline', '\u001b[?25hshow',
  '\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007', '\u001b]0;title\u001b\\after',
  '\u009b31mcsi', 'no codes', '\u001b[38;5;200mdeep\u001b[0m']) {
  console.log(visible(util.stripVTControlCharacters(text)));
}
attempt(() => util.stripVTControlCharacters(5));
