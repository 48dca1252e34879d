// AssertionError, and the text it shows: for two values that should have
// been equal, both printed and compared line by line, "+" for the actual
// value and "-" for the expected one. (Node: lib/internal/assert/
// assertion_error.js.)
'use strict';

const { inspect } = require('internal/util/inspect');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values are printed one property per line, so that a line diff shows
// where they differ.
function inspectValue(value) {
  return inspect(value, { compact: false, customInspect: false, depth: 1000,
                          maxArrayLength: Infinity, breakLength: Infinity });
}

// The longest common subsequence of two lists of lines, as a list of
// [' ' | '+' | '-', line] steps.
function diffLines(actual, expected) {
  const n = actual.length;
  const m = expected.length;
  const table = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = actual[i] === expected[j] ? table[i + 1][j + 1] + 1 :
        Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const steps = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && actual[i] === expected[j]) {
      steps.push([' ', actual[i++]]);
      j++;
    } else if (j >= m || (i < n && table[i + 1][j] >= table[i][j + 1])) {
      steps.push(['+', actual[i++]]);
    } else {
      steps.push(['-', expected[j++]]);
    }
  }
  // Within one change, the actual lines come before the expected ones.
  for (let k = 0; k < steps.length; k++) {
    if (steps[k][0] === ' ') continue;
    let end = k;
    while (end < steps.length && steps[end][0] !== ' ') end++;
    const change = steps.slice(k, end);
    const ordered = [...change.filter((s) => s[0] === '+'), ...change.filter((s) => s[0] === '-')];
    steps.splice(k, end - k, ...ordered);
    k = end - 1;
  }
  return steps;
}

function createErrDiff(actual, expected, operator) {
  const steps = diffLines(inspectValue(actual).split('\n'), inspectValue(expected).split('\n'));
  const out = [];
  let skipped = false;
  // Long runs of equal lines are cut to their first two and last two.
  for (let k = 0; k < steps.length;) {
    if (steps[k][0] !== ' ') {
      out.push(`${steps[k][0]} ${steps[k][1]}`);
      k++;
      continue;
    }
    let end = k;
    while (end < steps.length && steps[end][0] === ' ') end++;
    const run = steps.slice(k, end).map((s) => `  ${s[1]}`);
    if (run.length > 4) {
      out.push(...run.slice(0, 2), '...', ...run.slice(-2));
      skipped = true;
    } else {
      out.push(...run);
    }
    k = end;
  }
  const header = `${kReadableOperator[operator]}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}`;
  return `${header}\n\n${out.join('\n')}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    const diffed = operator === 'deepStrictEqual' || operator === 'strictEqual';
    if (message != null && !(diffed && message === '')) {
      // A message of the caller's own stands in for the first line of the
      // generated one (for the two operators that show a diff), so the
      // values still follow it.
      if (diffed) {
        const generated = errDiffMessage(actual, expected, operator);
        const header = kReadableOperator[operator];
        super(generated.startsWith(header) ?
          `${message}${generated.slice(header.length)}` : generated);
      } else {
        super(String(message));
      }
    } else if (diffed) {
      super(errDiffMessage(actual, expected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) ||
                                            typeof actual === 'function')) {
        base = kReadableOperator.notStrictEqualObject;
      }
      const lines = inspectValue(actual).split('\n');
      // A value of one short line follows on the same line; a longer one
      // gets a paragraph of its own.
      if (lines.length === 1) super(`${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`);
      else super(`${base}\n\n${lines.join('\n')}\n`);
    } else if (operator === 'notDeepEqual' && inspectValue(actual) === inspectValue(expected)) {
      super(`${kReadableOperator.notDeepEqual}\n\n${inspectValue(actual)}`);
    } else if (operator === 'deepEqual' || operator === 'notDeepEqual') {
      const base = operator === 'deepEqual' ? kReadableOperator.deepEqual :
        kReadableOperator.notDeepEqualUnequal;
      const word = operator === 'deepEqual' ? 'should loosely deep-equal' :
        'should not loosely deep-equal';
      super(`${base}\n\n${inspectValue(actual)}\n\n${word}\n\n${inspectValue(expected)}`);
    } else {
      super(`${inspectValue(actual)} ${operator} ${inspectValue(expected)}`);
    }
    this.generatedMessage = message == null || (diffed && message === '');
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]',
                                          enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) this.details = details;
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Error.captureStackTrace(this, stackStartFn);
    this.stack;  // eslint-disable-line no-unused-expressions -- fixes the first line
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Printed, the values it compared stay one level deep: the message has
  // shown them already.
  [inspect.custom]() {
    return inspect(this, { customInspect: false, depth: 0 });
  }
}

// The message when values differ: one line each when they are short, a
// line diff when they are objects printed on several lines.
function errDiffMessage(actual, expected, operator) {
  if (operator === 'strictEqual' && typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null &&
      inspectValue(actual) === inspectValue(expected)) {
    return `Values have same structure but are not reference-equal:\n\n${inspectValue(actual)}\n`;
  }
  return createErrDiffShort(actual, expected, operator);
}

// Two values that print on one line each: "1 !== 2" when the two together
// are short (at most 12 characters) and neither is an object; otherwise a
// one-line diff, with a caret under the first difference when the values
// share a prefix of more than two characters and fit a line.
function createErrDiffShort(actual, expected, operator) {
  const a = inspectValue(actual);
  const b = inspectValue(expected);
  const header = kReadableOperator[operator === 'deepStrictEqual' ? 'deepStrictEqual' :
    'strictEqual'];
  if (a.includes('\n') || b.includes('\n')) return createErrDiff(actual, expected, operator);
  const primitives = (typeof actual !== 'object' || actual === null) &&
    (typeof expected !== 'object' || expected === null);
  if (a.length + b.length <= 12 && primitives && (actual !== 0 || expected !== 0)) {
    return `${header}\n\n${a} !== ${b}\n`;
  }
  let text = `${header}\n+ actual - expected\n\n+ ${a}\n- ${b}`;
  if (a.length + b.length < 80) {
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    if (common > 2) text += `\n  ${' '.repeat(common)}^`;
  }
  return text;
}

module.exports = { AssertionError };
