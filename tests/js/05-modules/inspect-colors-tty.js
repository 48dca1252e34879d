// How many colours a terminal has, from the environment, as
// tty.WriteStream's getColorDepth(env) and hasColors(count, env) say (the
// console colours its output when stdout is a terminal with colours).
// FORCE_COLOR wins over everything and warns, once, that NO_COLOR or
// NODE_DISABLE_COLORS is ignored; NO_COLOR, NODE_DISABLE_COLORS and
// TERM=dumb mean no colours; then CI services and terminal names decide.
// The methods are tried with an explicit env on a plain object, so no
// terminal is needed.
'use strict';
const tty = require('tty');

const { getColorDepth, hasColors } = tty.WriteStream.prototype;
const stream = {};  // the methods do not look at the stream itself
const depth = (env) => getColorDepth.call(stream, env);

const environments = [
  {},
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'dumb' },
  { TERM: 'dumb', FORCE_COLOR: '1' },
  { TERM: 'xterm-256color', NO_COLOR: '' },
  { TERM: 'xterm-256color', NO_COLOR: '1' },
  { TERM: 'xterm-256color', NODE_DISABLE_COLORS: '1' },
  { FORCE_COLOR: '' },
  { FORCE_COLOR: '1' },
  { FORCE_COLOR: 'true' },
  { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: '0' },
  { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '4' },
  { FORCE_COLOR: '3', NO_COLOR: '1' },
  { FORCE_COLOR: '2', NODE_DISABLE_COLORS: '1', NO_COLOR: '1' },
  { TMUX: '1' },
  { CI: 'true' },
  { CI: 'true', GITHUB_ACTIONS: 'true' },
  { CI: 'true', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '8.0' },
  { COLORTERM: 'truecolor' },
  { COLORTERM: 'yes' },
  { TERM: 'screen' },
  { TERM: 'linux' },
  { TERM: 'rxvt-unicode-24bit' },
  { TERM: 'KONSOLE' },
  { TERM: 'unknown-terminal' },
  { TERM_PROGRAM: 'Apple_Terminal' },
];
for (const env of environments) {
  console.log(JSON.stringify(env), depth(env), hasColors.call(stream, env),
              hasColors.call(stream, 256, env), hasColors.call(stream, 2 ** 24, env),
              hasColors.call(stream, 2, env));
}

// hasColors' arguments: count defaults to 16, env to process.env.
console.log(hasColors.call(stream, 16, { TERM: 'xterm' }), hasColors.call(stream, { TERM: 'xterm' }));
for (const count of [1, 1.5, '16', null, -1]) {
  try {
    hasColors.call(stream, count, {});
  } catch (err) {
    console.log(`${err.name} ${err.code}: ${err.message}`);
  }
}

// process.env is the default: this runs with NO_COLOR set.
console.log(depth(), hasColors.call(stream));
process.on('warning', (warning) => console.log('warning:', warning.message));
