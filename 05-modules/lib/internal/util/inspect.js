// util.inspect, over the printer of stage 01 (01-engine/inspect/), which
// console.log has used since the first stage. Node's own inspect is
// JavaScript (lib/internal/util/inspect.js); this runtime keeps the C++ one,
// so console.log and util.inspect can never disagree.
//
// Colours: with `colors: true` the printer wraps each typed piece of its
// output in terminal escape codes. It finds them in two tables kept here as
// properties of `inspect`, as in Node, so that a program may change them:
// inspect.styles says which style each kind of value has (numbers are
// 'yellow'), inspect.colors gives each style its SGR codes, the pair that
// switches it on and back off (yellow is [33, 39]). The printer reads both
// every time it colours something.
'use strict';

const { inspect: print } = internalBinding('inspect_printer');

// inspect(value, options), or the legacy form of Node's first versions,
// inspect(value, showHidden, depth, colors).
function inspect(value, options) {
  if (typeof options !== 'object' || options === null || arguments.length > 2) {
    const legacy = {};
    if (typeof options === 'boolean') legacy.showHidden = options;
    if (arguments.length > 2 && arguments[2] !== undefined) legacy.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) legacy.colors = arguments[3];
    options = typeof options === 'object' && options !== null ? { ...legacy, ...options } : legacy;
  }
  return print(value, options, inspect);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

// SGR (Select Graphic Rendition) codes: [on, off]. 39 and 49 restore the
// default foreground and background colour; the attributes each have their
// own "off" code.
const kDefaultForeground = 39;
const kDefaultBackground = 49;
const colors = { __proto__: null };
const attributes = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
  ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
  ['doubleunderline', 21, 24],
];
for (const [name, on, off] of attributes) colors[name] = [on, off];
// The eight basic colours are 30-37 (foreground) and 40-47 (background);
// framed and overlined come in between, then the bright variants at 90-97
// and 100-107.
const basic = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
const background = (name) => `bg${name[0].toUpperCase()}${name.slice(1)}`;
basic.forEach((name, i) => { colors[name] = [30 + i, kDefaultForeground]; });
basic.forEach((name, i) => { colors[background(name)] = [40 + i, kDefaultBackground]; });
colors.framed = [51, 54];
colors.overlined = [53, 55];
const bright = ['gray', ...basic.slice(1).map((name) => `${name}Bright`)];
bright.forEach((name, i) => { colors[name] = [90 + i, kDefaultForeground]; });
bright.forEach((name, i) => { colors[background(name)] = [100 + i, kDefaultBackground]; });

// Other names for the same styles: not enumerable, and writing one writes
// the style it stands for.
const aliases = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim',
  crossedout: 'strikethrough', strikeThrough: 'strikethrough', crossedOut: 'strikethrough',
  conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse',
  doubleUnderline: 'doubleunderline',
};
for (const [alias, target] of Object.entries(aliases)) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
inspect.colors = colors;

// Which style each kind of printed piece gets. ('special' is for the
// printer's own annotations: [Function: f], [Getter], <ref *1>, ...)
inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

module.exports = { inspect };
