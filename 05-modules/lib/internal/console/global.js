// The global console, completed. (Node: lib/internal/console/constructor.js.)
//
// Stage 01 made console.log, info, debug, warn and error in C++ (they print
// what util.format prints, on stdout or stderr). Here, as in Node, they
// write through process.stdout and process.stderr instead (so that a
// console.log and a process.stdout.write come out in the order they were
// made), and this file builds the rest of Node's console: group indentation
// (which every method honours), count, time, assert, trace, dir, table.
'use strict';

const { inspect } = require('internal/util/inspect');
const { format, formatWithOptions } = require('util');
const { shouldColorize } = require('internal/util/colors');

const kGroupIndentation = 2;
let indentation = '';
const noop = () => {};

// Writes `text` with the current group indentation on every line. A write
// that fails (a closed pipe: EPIPE) is ignored, as Node's console does,
// whether the error comes at once (files, terminals) or later (pipes).
function write(name, text) {
  const indented = indentation === '' ? text :
    text.split('\n').map((line) => indentation + line).join('\n');
  const stream = name === 'stderr' ? process.stderr : process.stdout;
  const addedNoop = stream.listenerCount('error') === 0;
  if (addedNoop) stream.once('error', noop);
  // The write's callback comes before the stream emits its 'error': a
  // listener added then takes that error (and only that one).
  const onWritten = (err) => {
    if (err && !stream._writableState.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
  try {
    stream.write(`${indented}\n`, onWritten);
  } catch {
    // as above: console output is best effort
  } finally {
    if (addedNoop) stream.removeListener('error', noop);
  }
}

// Values are shown in colour when the stream is a terminal that has colours,
// or FORCE_COLOR asks for them (Node's colorMode 'auto'); strings are never
// coloured.
function inspectOptions(name) {
  const stream = name === 'stderr' ? process.stderr : process.stdout;
  return shouldColorize(stream) ? { colors: true } : undefined;
}
function formatFor(name, args) {
  const options = inspectOptions(name);
  return options ? formatWithOptions(options, ...args) : format(...args);
}

const console = {
  log: (...args) => write('stdout', formatFor('stdout', args)),
  info: (...args) => write('stdout', formatFor('stdout', args)),
  debug: (...args) => write('stdout', formatFor('stdout', args)),
  warn: (...args) => write('stderr', formatFor('stderr', args)),
  error: (...args) => write('stderr', formatFor('stderr', args)),

  dir(object, options) {
    write('stdout', inspect(object, { customInspect: false, ...inspectOptions('stdout'),
                                      ...options }));
  },
  dirxml(...args) {
    console.log(...args);
  },

  assert(value, ...message) {
    if (value) return;
    if (message.length > 0 && typeof message[0] === 'string') {
      message[0] = `Assertion failed: ${message[0]}`;
      console.warn(...message);
    } else {
      console.warn('Assertion failed', ...message);
    }
  },

  trace(...args) {
    const error = { name: 'Trace', message: format(...args) };
    Error.captureStackTrace(error, console.trace);
    console.error(error.stack);
  },

  group(...label) {
    if (label.length > 0) console.log(...label);
    indentation += ' '.repeat(kGroupIndentation);
  },
  groupCollapsed(...label) {
    console.group(...label);
  },
  groupEnd() {
    indentation = indentation.slice(0, Math.max(0, indentation.length - kGroupIndentation));
  },
};

// ---- count and time, by label ----

const counts = new Map();

console.count = function count(label = 'default') {
  label = `${label}`;
  const value = (counts.get(label) ?? 0) + 1;
  counts.set(label, value);
  console.log(`${label}: ${value}`);
};

console.countReset = function countReset(label = 'default') {
  label = `${label}`;
  if (!counts.has(label)) {
    process.emitWarning(`Count for '${label}' does not exist`);
    return;
  }
  counts.delete(label);
};

const timers = new Map();

// "1.234ms", "1.234s", "1:02.345 (m:ss.mmm)" as Node shows a duration.
function formatTime(ms) {
  if (ms >= 60000) {
    const minutes = Math.floor(ms / 60000);
    const seconds = ((ms % 60000) / 1000).toFixed(3).padStart(6, '0');
    return `${minutes}:${seconds} (m:ss.mmm)`;
  }
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function elapsed(label, method) {
  const start = timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return undefined;
  }
  return formatTime(Number(process.hrtime.bigint() - start) / 1e6);
}

console.time = function time(label = 'default') {
  label = `${label}`;
  if (timers.has(label)) {
    process.emitWarning(`Label '${label}' already exists for console.time()`);
    return;
  }
  timers.set(label, process.hrtime.bigint());
};

console.timeEnd = function timeEnd(label = 'default') {
  label = `${label}`;
  const shown = elapsed(label, 'timeEnd');
  if (shown === undefined) return;
  timers.delete(label);
  console.log(`${label}: ${shown}`);
};

console.timeLog = function timeLog(label = 'default', ...data) {
  label = `${label}`;
  const shown = elapsed(label, 'timeLog');
  if (shown !== undefined) console.log(`${label}: ${shown}`, ...data);
};

// ---- table ----

// A cell: short objects inline, longer ones cut ([Object]), arrays to 3 items.
function cell(value) {
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2 ? -1 : 0;
  return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity });
}

function renderTable(head, columns) {
  const rowCount = columns[0].length;
  const widths = head.map((title, i) =>
    Math.max(title.length, ...columns[i].map((text) => (text ?? '').length)) + 2);
  const line = (left, middle, right) =>
    `${left}${widths.map((width) => '\u2500'.repeat(width)).join(middle)}${right}`;
  const row = (cells) => `\u2502${cells.map((text, i) =>
    ` ${(text ?? '').padEnd(widths[i] - 2)} `).join('\u2502')}\u2502`;
  const lines = [line('\u250c', '\u252c', '\u2510'), row(head), line('\u251c', '\u253c', '\u2524')];
  for (let r = 0; r < rowCount; r++) lines.push(row(columns.map((column) => column[r])));
  lines.push(line('\u2514', '\u2534', '\u2518'));
  return lines.join('\n');
}

console.table = function table(data, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (data === null || typeof data !== 'object') {
    console.log(data);
    return;
  }
  if (data instanceof Map) {
    const entries = [...data];
    console.log(renderTable(['(iteration index)', 'Key', 'Values'], [
      entries.map((_, i) => `${i}`), entries.map(([key]) => cell(key)),
      entries.map(([, value]) => cell(value))]));
    return;
  }
  if (data instanceof Set) {
    const values = [...data];
    console.log(renderTable(['(iteration index)', 'Values'],
                            [values.map((_, i) => `${i}`), values.map(cell)]));
    return;
  }
  const indexes = Object.keys(data);
  const columnNames = [];
  const columnsByName = new Map();
  const values = [];
  let hasValues = false;
  indexes.forEach((index, r) => {
    const item = data[index];
    if (item !== null && (typeof item === 'object' || typeof item === 'function')) {
      const keys = properties ?? Object.keys(item);
      for (const key of keys) {
        if (!columnsByName.has(key)) {
          columnNames.push(key);
          columnsByName.set(key, []);
        }
        if (properties === undefined || Object.hasOwn(item, key)) {
          columnsByName.get(key)[r] = cell(item[key]);
        }
      }
    } else {
      values[r] = cell(item);
      hasValues = true;
    }
  });
  const head = ['(index)', ...columnNames.map(String)];
  const columns = [indexes, ...columnNames.map((name) => {
    const column = columnsByName.get(name);
    return indexes.map((_, r) => column[r]);
  })];
  if (hasValues) {
    head.push('Values');
    columns.push(indexes.map((_, r) => values[r]));
  }
  console.log(renderTable(head, columns));
};

// The console, writing through process.stdout and process.stderr. (Stage
// 01's `nativeConsole` is not used any more.)
function createConsole(nativeConsole) {  // eslint-disable-line no-unused-vars
  return console;
}

module.exports = { createConsole };
