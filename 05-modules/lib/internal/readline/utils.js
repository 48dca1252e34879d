'use strict';

// Helpers of readline: the terminal's control sequences, the width of text on
// screen, and the keypress decoder. (Node: lib/internal/readline/utils.js.)
//
// A terminal sends bytes, not keys. A letter is its UTF-8 bytes; a key
// without a character (an arrow, Home, F5) is an *escape sequence*: ESC, then
// '[' or 'O' (CSI or SS3), optional numbers separated by ';', and a final
// letter or '~'. A modifier held down (Shift, Alt, Ctrl) is a number after
// ';': 1 + (shift 1 | alt 2 | ctrl 4 | meta 8). Alt+letter is ESC then the
// letter; Ctrl+letter is the letter's code minus 0x60 (Ctrl-A is 0x01).
//
// decodeKeys() below is a generator: it is handed one character at a time
// (next(ch)) and emits 'keypress' on the stream each time a whole key has
// arrived. A generator lets the parser be written as straight-line code that
// "waits" (yield) for the next character, although the bytes come in chunks
// of any size: a sequence split between two reads is resumed where it was.

const kEscape = '\x1b';
const CSI = (strings, ...args) => {
  let out = `${kEscape}[`;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
};
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// How many UTF-16 units the character at (or just before) `i` takes: 2 for a
// surrogate pair (an emoji), 1 otherwise. The cursor must never stop between
// the two halves of a pair.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;  // pretend there is a character after the end
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

// Columns a code point occupies: 0 for combining marks and controls, 2 for
// East Asian wide and full-width characters (and most emoji), 1 otherwise.
// A table of ranges, coarse but covering what a terminal line meets.
const kWide = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
function codePointWidth(cp) {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) ||
      (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  for (const [lo, hi] of kWide) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

function getStringWidth(str) {
  let width = 0;
  for (const ch of str) width += codePointWidth(ch.codePointAt(0));
  return width;
}

// The longest string every entry starts with. Sorting puts the two most
// different strings first and last; comparing those two is enough.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Escape-sequence bodies (what follows ESC, without the modifier) and the
// key each names. Entries with a second element set a modifier that the
// terminal encodes in the final letter instead of in a ';n' parameter (rxvt).
const kKeyNames = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end',
  '[H': 'home', 'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear',
  'OF': 'end', 'OH': 'home', '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4', 'OP': 'f1',
  'OQ': 'f2', 'OR': 'f3', 'OS': 'f4', '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5', '[15~': 'f5', '[17~': 'f6',
  '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[200~': 'paste-start', '[201~': 'paste-end', '[1~': 'home', '[2~': 'insert',
  '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown', '[[5~': 'pageup',
  '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'], '[2$': ['insert', 'shift'],
  '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'], '[6$': ['pagedown', 'shift'],
  '[7$': ['home', 'shift'], '[8$': ['end', 'shift'], 'Oa': ['up', 'ctrl'],
  'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'], 'Od': ['left', 'ctrl'],
  'Oe': ['clear', 'ctrl'], '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'],
  '[5^': ['pageup', 'ctrl'], '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'],
  '[8^': ['end', 'ctrl'], '[Z': ['tab', 'shift'],
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// Reads the rest of an escape sequence after ESC '[' or ESC 'O' (already in
// `code`): up to three digits, an optional ';' and modifier digit, and the
// final character. Returns [code, modifier, text] where text is what was read.
function* readSequence(code, first) {
  let ch = first;
  let text = ch;
  if (code === '[' && ch === '[') {  // Cygwin's ESC [ [ A and PuTTY's ESC [ [ 5 ~
    code += ch;
    ch = yield;
    text += ch;
  }
  const start = text.length - 1;
  for (let n = 0; n < 3 && isDigit(ch); n++) {
    ch = yield;
    text += ch;
  }
  if (ch === ';') {
    ch = yield;
    text += ch;
    if (isDigit(ch)) text += yield;
  }
  const body = text.slice(start);
  let m = /^(\d\d?)(?:;(\d))?([~^$])$/.exec(body);
  if (m) return [code + m[1] + m[3], (m[2] || 1) - 1, text];
  if (/^\d{3}~$/.test(body)) return [code + body, 0, text];
  m = /^(?:(?:\d;)?(\d))?([A-Za-z])$/.exec(body);
  if (m) return [code + m[2], (m[1] || 1) - 1, text];
  return [code + body, 0, text];
}

// The decoder. Primed with one next(); then next(ch) for each character;
// next('') means "no more is coming soon" (the escape timeout), which ends a
// lone ESC as the Escape key.
function* decodeKeys(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      ch = yield;
      seq += ch;
      if (ch === kEscape) {  // ESC ESC: Alt+Escape, or Alt and a sequence
        ch = yield;
        seq += ch;
      }
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      const [code, modifier, text] = yield* readSequence(ch, yield);
      seq += text;
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      const entry = kKeyNames[code];
      if (Array.isArray(entry)) {
        key.name = entry[0];
        key[entry[1]] = true;
      } else {
        key.name = entry === undefined ? 'undefined' : entry;
      }
    } else if (ch === '\r' || ch === '\n' || ch === '\t' || ch === '\b' || ch === '\x7f' ||
               ch === kEscape || ch === ' ') {
      key.name = { '\r': 'return', '\n': 'enter', '\t': 'tab', '\b': 'backspace',
                   '\x7f': 'backspace', [kEscape]: 'escape', ' ': 'space' }[ch];
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 0x60);  // Ctrl-A is 0x01
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      stream.emit('keypress', seq, key);  // a printable character: '.', 'e', an emoji
    }
    // Anything else is a broken sequence: dropped, as a terminal would.
  }
}

module.exports = {
  CSI, charLengthAt, charLengthLeft, commonPrefix, decodeKeys, getStringWidth, kEscape,
};
