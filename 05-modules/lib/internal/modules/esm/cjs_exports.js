// The named exports of a CommonJS file, found by reading it, not running it.
// (Node uses the cjs-module-lexer package; this is a small lexer of our own
// that recognizes the same shapes.)
//
// `import { x } from './a.cjs'` must be linked before a.cjs runs (linking
// is the instantiate phase; running is evaluate), so the names have to come
// from the text. What counts, anywhere in the file (even under an `if`):
//
//   exports.x = ...   exports['x'] = ...   module.exports.x = ...
//   Object.defineProperty(exports, 'x', { value: ... })
//   Object.defineProperty(exports, 'x', { get() { return a.b; } })
//   module.exports = { a, b: c, 'd': e, ...require('./f') }
//        (keys up to the first value that is not a plain name: `a: 1` ends it)
//   module.exports = require('./f')          a re-export: f's names too
//
// and the re-exports that compilers write for `export * from './f'`:
//
//   __exportStar(require('./f'), exports)    TypeScript (also tslib.__exportStar)
//   __export(require('./f'))                 older TypeScript
//   var _f = require('./f');                 Babel: a binding to a require,
//   Object.keys(_f).forEach(function (key) {  then a loop over its keys that
//     if (key === "default" || key === "__esModule") return;
//     ... exports[key] = _f[key] ...          skips those two, then assigns
//   });                                       exports[key] or defines a getter
//
// Strings, template literals, comments and regular expressions are skipped,
// so `"exports.x = 1"` in a string is no export. The result is
// { exports: Set, reexports: [specifier] }.
'use strict';

const kIdentifier = /[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*/y;
const kSpace = /(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/y;
// After one of these tokens a '/' starts a regular expression, not a division.
const kBeforeRegex = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+',
                              '-', '*', '%', '<', '>', '~', '^', 'return', 'typeof', 'case',
                              'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', '']);

function lex(source) {
  const exports = new Set();
  let reexports = [];
  // `var _f = require('./f')` (or `= _interopRequireWildcard(require('./f'))`):
  // name -> specifier, for Babel's Object.keys(_f).forEach loop.
  const requireBindings = new Map();
  let pos = 0;
  let last = '';  // the previous significant token, for the '/' question

  function skipSpace(at) {
    kSpace.lastIndex = at;
    kSpace.exec(source);
    return kSpace.lastIndex;
  }
  function identifierAt(at) {
    kIdentifier.lastIndex = at;
    const match = kIdentifier.exec(source);
    return match ? match[0] : null;
  }
  // A quoted string at `at`: { value, end } or null.
  function stringAt(at) {
    const quote = source[at];
    if (quote !== '"' && quote !== "'") return null;
    let i = at + 1;
    let value = '';
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i++;
      value += source[i++];
    }
    return { value, end: i + 1 };
  }
  // `text` (tokens separated by optional space) at `at`: its end, or -1.
  function expect(at, ...tokens) {
    for (const token of tokens) {
      at = skipSpace(at);
      if (!source.startsWith(token, at)) return -1;
      if (/\w$/.test(token) && /[\w$]/.test(source[at + token.length] || '')) return -1;
      at += token.length;
    }
    return at;
  }
  // `.name` or `['name']` after `exports`: { name, end } or null.
  function memberAt(at) {
    at = skipSpace(at);
    if (source[at] === '.') {
      const start = skipSpace(at + 1);
      const name = identifierAt(start);
      return name ? { name, end: start + name.length } : null;
    }
    if (source[at] === '[') {
      const string = stringAt(skipSpace(at + 1));
      if (!string) return null;
      const end = expect(string.end, ']');
      return end === -1 ? null : { name: string.value, end };
    }
    return null;
  }
  // `require('x')` at `at`: { specifier, end } or null.
  function requireAt(at) {
    const open = expect(at, 'require', '(');
    if (open === -1) return null;
    const string = stringAt(skipSpace(open));
    if (!string) return null;
    const end = expect(string.end, ')');
    return end === -1 ? null : { specifier: string.value, end };
  }
  // `exports.x =` (not `==`): records x.
  function tryAssignment(at) {
    const member = memberAt(at);
    if (!member) return;
    const eq = skipSpace(member.end);
    if (source[eq] === '=' && source[eq + 1] !== '=') exports.add(member.name);
  }
  // `module.exports = ...` at `at` (just after '='): a literal or a require.
  function tryModuleExportsValue(at) {
    at = skipSpace(at);
    const required = requireAt(at);
    if (required) {
      reexports = [required.specifier];  // a later assignment replaces earlier ones
      return;
    }
    if (source[at] !== '{') return;
    at = skipSpace(at + 1);
    while (at < source.length) {
      if (source.startsWith('...', at)) {
        const spread = requireAt(skipSpace(at + 3));
        if (!spread) return;
        reexports.push(spread.specifier);
        at = skipSpace(spread.end);
      } else {
        const string = stringAt(at);
        const key = string ? string.value : identifierAt(at);
        if (key === null) return;
        at = skipSpace(string ? string.end : at + key.length);
        if (source[at] === ':') {
          at = skipSpace(at + 1);
          const value = identifierAt(at);
          if (value === null) return;
          at = skipSpace(at + value.length);
        }
        exports.add(key);
      }
      if (source[at] === ',') at = skipSpace(at + 1);
      else return;  // '}' or anything we do not follow
      if (source[at] === '}') return;
    }
  }
  // Object.defineProperty(exports, 'x', { value | get() { return a.b } ...
  function tryDefineProperty(at) {
    let cursor = expect(at, '.', 'defineProperty', '(');
    if (cursor === -1) return;
    cursor = skipSpace(cursor);
    let target = expect(cursor, 'exports');
    if (target === -1) target = expect(cursor, 'module', '.', 'exports');
    if (target === -1) return;
    cursor = expect(target, ',');
    if (cursor === -1) return;
    const name = stringAt(skipSpace(cursor));
    if (!name) return;
    cursor = expect(name.end, ',', '{');
    if (cursor === -1) return;
    const enumerable = expect(cursor, 'enumerable', ':', 'true', ',');
    if (enumerable !== -1) cursor = enumerable;
    if (expect(cursor, 'value', ':') !== -1) {
      exports.add(name.value);
      return;
    }
    let body = expect(cursor, 'get', '(', ')', '{');
    if (body === -1) body = expect(cursor, 'get', ':', 'function', '(', ')', '{');
    if (body === -1) return;
    let value = expect(body, 'return');
    if (value === -1) return;
    value = skipSpace(value);
    const object = identifierAt(value);
    if (object && memberAt(value + object.length)) exports.add(name.value);
  }

  // `__exportStar(require('x')` or `__export(require('x')` at `at` (the
  // call's name just read): x is re-exported.
  function tryExportStar(at) {
    const open = expect(at, '(');
    if (open === -1) return;
    const required = requireAt(skipSpace(open));
    if (required) reexports.push(required.specifier);
  }
  // `name = require('x')` after var/let/const, maybe through an interop
  // helper: remember name -> x.
  function tryRequireBinding(at) {
    const start = skipSpace(at);
    const name = identifierAt(start);
    if (!name) return;
    let cursor = expect(start + name.length, '=');
    if (cursor === -1) return;
    cursor = skipSpace(cursor);
    let required = requireAt(cursor);
    if (!required) {
      const helper = identifierAt(cursor);
      if (!helper || !/^_interopRequire/.test(helper)) return;
      const open = expect(cursor + helper.length, '(');
      required = open === -1 ? null : requireAt(skipSpace(open));
    }
    if (required) requireBindings.set(name, required.specifier);
  }
  // .keys(_f).forEach(function (key) { BODY }) where BODY copies _f[key]
  // to exports[key] by assignment or by a getter.
  function tryObjectKeysLoop(at) {
    let cursor = expect(at, '.', 'keys', '(');
    if (cursor === -1) return;
    cursor = skipSpace(cursor);
    const binding = identifierAt(cursor);
    if (!binding || !requireBindings.has(binding)) return;
    cursor = expect(cursor + binding.length, ')', '.', 'forEach', '(', 'function', '(');
    if (cursor === -1) return;
    cursor = skipSpace(cursor);
    const key = identifierAt(cursor);
    if (!key) return;
    cursor = expect(cursor + key.length, ')', '{');
    if (cursor === -1) return;
    // Node's lexer wants Babel's own shape: the body opens with the guard
    // that skips default and __esModule, then copies.
    const body = source.slice(cursor, matchingBrace(source, cursor) - 1);
    const flat = body.replace(/\s+/g, ' ').replace(/'/g, '"').trim();
    const guard = `if (${key} === "default" || ${key} === "__esModule") return;`;
    const copies = [
      `exports[${key}] = ${binding}[${key}]`,
      `defineProperty(exports, ${key},`,
    ];
    if (flat.startsWith(guard) && copies.some((copy) => flat.includes(copy)) &&
        flat.includes(`${binding}[${key}]`)) {
      reexports.push(requireBindings.get(binding));
    }
  }

  while (pos < source.length) {
    pos = skipSpace(pos);
    if (pos >= source.length) break;
    const char = source[pos];
    if (char === '"' || char === "'") {
      pos = stringAt(pos).end;
      last = 'string';
    } else if (char === '`') {
      pos = skipTemplate(source, pos + 1);
      last = 'string';
    } else if (char === '/' && kBeforeRegex.has(last)) {
      pos = skipRegex(source, pos + 1);
      last = 'regex';
    } else if (/[A-Za-z_$]/.test(char)) {
      const word = identifierAt(pos);
      const afterDot = source[skipBack(source, pos - 1)] === '.';
      if (!afterDot && word === 'exports') {
        tryAssignment(pos + word.length);
      } else if (!afterDot && word === 'module') {
        const dot = expect(pos + word.length, '.', 'exports');
        if (dot !== -1) {
          const eq = skipSpace(dot);
          if (source[eq] === '=' && source[eq + 1] !== '=') tryModuleExportsValue(eq + 1);
          else tryAssignment(dot);
        }
      } else if (!afterDot && word === 'Object') {
        tryDefineProperty(pos + word.length);
        tryObjectKeysLoop(pos + word.length);
      } else if (word === '__exportStar' || (!afterDot && word === '__export')) {
        tryExportStar(pos + word.length);
      } else if (!afterDot && (word === 'var' || word === 'let' || word === 'const')) {
        tryRequireBinding(pos + word.length);
      }
      pos += word.length;
      last = word;
    } else {
      pos++;
      last = char;
    }
  }
  return { exports, reexports };
}

// The index just past the '}' that closes the block opened before `pos`
// (strings and comments are not looked into: a loop body is plain code).
function matchingBrace(source, pos) {
  let depth = 1;
  for (; pos < source.length && depth > 0; pos++) {
    if (source[pos] === '{') depth++;
    else if (source[pos] === '}') depth--;
  }
  return pos;
}

// The index of the last character before `at` that is not white space.
function skipBack(source, at) {
  while (at >= 0 && /\s/.test(source[at])) at--;
  return at;
}

// Past a template literal whose '`' was just read; `${...}` may nest.
function skipTemplate(source, pos) {
  while (pos < source.length) {
    const char = source[pos];
    if (char === '\\') {
      pos += 2;
    } else if (char === '`') {
      return pos + 1;
    } else if (char === '$' && source[pos + 1] === '{') {
      let depth = 1;
      pos += 2;
      while (pos < source.length && depth > 0) {
        const inner = source[pos];
        if (inner === '{') depth++;
        else if (inner === '}') depth--;
        else if (inner === '`') pos = skipTemplate(source, pos + 1) - 1;
        else if (inner === '"' || inner === "'") {
          for (pos++; pos < source.length && source[pos] !== inner; pos++) {
            if (source[pos] === '\\') pos++;
          }
        }
        pos++;
      }
    } else {
      pos++;
    }
  }
  return pos;
}

// Past a regular expression literal whose '/' was just read.
function skipRegex(source, pos) {
  let inClass = false;
  while (pos < source.length) {
    const char = source[pos++];
    if (char === '\\') pos++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) break;
    else if (char === '\n') break;
  }
  while (pos < source.length && /\w/.test(source[pos])) pos++;  // flags
  return pos;
}

module.exports = { lex };
