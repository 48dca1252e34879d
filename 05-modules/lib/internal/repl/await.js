'use strict';

// Top-level await in the REPL. (Node: lib/internal/repl/await.js, which
// rewrites the input with a full parser, acorn.) A script cannot await, so
// input that awaits at its top level runs as an async arrow function called
// at once, and the REPL waits for the promise it returns:
//
//   await f()                   (async () => { return { value: (await f()) } })()
//   const x = await f(); x + 1  var x; (async () => { x = await f();
//                                                    return { value: (x + 1) } })()
//   let { a, b: [c] } = o       var a, c; ... ({ a, b: [c] } = o); ...
//
// - the value travels in { value } so that a promise it may be is not
//   awaited too;
// - declarations (const, let, var; names or destructuring patterns) become
//   assignments to `var`s declared outside the function, so that the names
//   outlive the call, as a line's declarations outlive it in the REPL;
// - the value of the input is that of its last statement, when that is an
//   expression.
//
// Without a parser this works on the text: a small scanner finds the
// semicolons and commas at the top level (outside brackets, strings,
// template literals and comments), and every rewrite is compiled once to
// check it before it is used. Input it cannot rewrite runs as it is, and V8
// reports the error.

// Indices in `text` of the characters in `separators` that are at the top
// level. (A regular-expression literal is not recognised: a bracket or a
// quote inside one may mislead the scan, and the compile check then
// rejects the rewrite.)
function topLevel(text, separators) {
  const found = [];
  const closers = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) {
        if (text[i] === '\\') i++;
      }
    } else if (c === '(' || c === '[' || c === '{') {
      closers.push({ '(': ')', '[': ']', '{': '}' }[c]);
    } else if (c === ')' || c === ']' || c === '}') {
      closers.pop();
    } else if (closers.length === 0 && separators.includes(c)) {
      found.push(i);
    }
  }
  return found;
}

function splitAt(text, indices) {
  const parts = [];
  let start = 0;
  for (const i of indices) {
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

// The names a binding target declares: `x`, or every name in a pattern
// (`{ a, b: [c, ...d], e = 1 }` declares a, c, d and e).
function boundNames(target) {
  target = target.trim();
  if (/^[A-Za-z_$][\w$]*$/.test(target)) return [target];
  const object = target[0] === '{';
  if (!object && target[0] !== '[') return null;
  const names = [];
  for (let element of splitAt(target.slice(1, -1), topLevel(target.slice(1, -1), ','))) {
    element = element.trim();
    if (element === '') continue;  // an array hole
    if (element.startsWith('...')) element = element.slice(3);
    const colon = object ? topLevel(element, ':')[0] : undefined;
    if (colon !== undefined) element = element.slice(colon + 1);  // key: target
    const equals = topLevel(element, '=').find((i) => element[i + 1] !== '=' &&
                                                      element[i + 1] !== '>');
    if (equals !== undefined) element = element.slice(0, equals);  // target = default
    const inner = boundNames(element);
    if (inner === null) return null;
    names.push(...inner);
  }
  return names;
}

// `const a = 1, { b } = o` -> ['a = 1', '({ b } = o)'], with the names; null
// when a declarator is not understood.
function declarationToAssignments(declarators, names) {
  const assignments = [];
  for (const declarator of splitAt(declarators, topLevel(declarators, ','))) {
    const equals = topLevel(declarator, '=').find(
      (i) => declarator[i + 1] !== '=' && declarator[i + 1] !== '>' &&
             !'=!<>+-*/%&|^'.includes(declarator[i - 1]));
    const target = equals === undefined ? declarator : declarator.slice(0, equals);
    const bound = boundNames(target);
    if (bound === null) return null;
    names.push(...bound);
    if (equals !== undefined) {
      const assignment = `${target.trim()} =${declarator.slice(equals + 1)}`;
      assignments.push(/^\s*[[{]/.test(target) ? `(${assignment})` : assignment);
    }
  }
  return assignments;
}

// The rewritten code, or null. `compiles(code)` says whether a script
// compiles.
function wrapTopLevelAwait(code, compiles) {
  const body = code.replace(/[\s;]+$/, '');
  const asExpression = `(async () => { return { value: (${body}) } })()`;
  if (compiles(asExpression)) return asExpression;

  const names = [];
  let lastDeclares = false;
  const statements = splitAt(body, topLevel(body, ';')).map((statement) => {
    const m = /^(\s*)(?:const|let|var)\s+([\s\S]*)$/.exec(statement);
    lastDeclares = m !== null;
    if (m === null) return statement;
    const assignments = declarationToAssignments(m[2], names);
    return assignments === null ? statement : `${m[1]}${assignments.join('; ')}`;
  });
  const decl = names.length ? `var ${[...new Set(names)].join(', ')}; ` : '';
  const last = statements.pop();
  const before = statements.length ? `${statements.join(';')};` : '';
  // The value of the last statement, if it is an expression (a declaration,
  // a block or a function declaration has none).
  const keyword = /^\s*(?:\{|(?:function|class|async\s+function)\b)/.test(last);
  if (!lastDeclares && !keyword) {
    const withValue = `${decl}(async () => { ${before}\nreturn { value: (${last}\n) }; })()`;
    if (compiles(withValue)) return withValue;
  }
  const withoutValue = `${decl}(async () => { ${before}${last}\n; return { value: undefined }; })()`;
  return compiles(withoutValue) ? withoutValue : null;
}

module.exports = { wrapTopLevelAwait };
