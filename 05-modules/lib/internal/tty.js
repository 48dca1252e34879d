// How many colours a terminal shows, from the environment. (Node:
// lib/internal/tty.js.)
//
// Nothing asks the terminal itself; programs agree on variables instead:
// FORCE_COLOR and NO_COLOR decide outright, CI services and terminal
// programs announce themselves, COLORTERM=truecolor promises 24-bit colour,
// and TERM names the terminal type. The answer is a bit depth: 1 (two
// colours), 4 (16), 8 (256) or 24 (16 million).
'use strict';

const { validateInteger } = require('internal/fs/utils');

const kDepthByTerm = {
  eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4, hurd: 4, jfbterm: 4,
  konsole: 4, kterm: 4, mlterm: 4, mosh: 24, putty: 4, st: 4, 'rxvt-unicode-24bit': 24,
  terminator: 24, 'xterm-kitty': 24,
};
const kColorTerms = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/,
                     /^vt100/];
const kCiWithColors = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITEA_ACTIONS',
                       'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

// FORCE_COLOR overrides NO_COLOR and NODE_DISABLE_COLORS; the program is
// told so once, by a warning naming the variables it ignores.
let warnedIgnored = false;
function warnIgnored(env) {
  if (warnedIgnored) return;
  const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((name) => env[name] !== undefined);
  if (ignored.length === 0) return;
  warnedIgnored = true;
  process.emitWarning(
    `The '${ignored.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    const depth = { '': 4, '1': 4, 'true': 4, '2': 8, '3': 24 }[env.FORCE_COLOR];
    if (depth === undefined) return 1;
    warnIgnored(env);
    return depth;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.TMUX) return 8;  // tmux passes 256 colours through
  if (env.CI) {
    return kCiWithColors.some((name) => name in env) || env.CI_NAME === 'codeship' ? 8 : 1;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm': case 'MacTerm': return 24;
    case 'Apple_Terminal': return 8;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return 8;
    const term = env.TERM.toLowerCase();
    if (kDepthByTerm[term]) return kDepthByTerm[term];
    if (kColorTerms.some((pattern) => pattern.test(term))) return 4;
  }
  return env.COLORTERM ? 4 : 1;
}

// hasColors(count = 16, env): does the terminal show at least `count` colours?
function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
