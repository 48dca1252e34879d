'use strict';

// The repl module: a Read-Eval-Print Loop over readline. (Node: lib/repl.js.)
//
// A REPLServer *is* a readline Interface (it inherits from it): readline
// reads and edits lines; the REPL decides what a line means:
//
//   line --> a command? (.help, .break, .editor, ...)  --> run it
//        --> else append it to the buffered input and eval the whole
//            --> SyntaxError at the end of the input ("Unexpected end of
//                input": an open brace, an unfinished call) is *recoverable*:
//                keep the buffer, prompt '... ', read another line
//            --> another error: print it as "Uncaught ..." and go on
//            --> a value: print writer(value), remember it as `_`
//
// Code runs as a classic script in the global scope (the contextify
// binding's runInThisContext), so `let x` on one line is there on the next.
// There are no separate vm contexts in this runtime: `context` is always the
// global object, with the built-in modules as lazy globals (fs, path, ...)
// and `require` resolving from the current directory, as in Node's REPL.
//
// Top-level await: a script cannot await, so code that awaits is rewritten
// as an async arrow function called at once (internal/repl/await.js). The
// REPL waits for the promise (lines typed meanwhile wait too) before
// printing.
//
// The REPL works over any pair of streams given as input and output (that
// is how tests drive it, with PassThrough streams); with a terminal it adds
// line editing, completion on Tab, Ctrl+C handling and .editor mode.

const { Interface } = require('readline');
const { inspect } = require('util');
const fs = require('fs');
const path = require('path');
const {
  codes: { ERR_INVALID_REPL_EVAL_CONFIG, ERR_INVALID_REPL_INPUT, ERR_SCRIPT_EXECUTION_INTERRUPTED },
} = require('internal/errors');
const { runInThisContext } = internalBinding('contextify');
const { setupHistory, commonWords, isIdentifier } = require('internal/repl/utils');
const { wrapTopLevelAwait } = require('internal/repl/await');

const kBuffered = Symbol('bufferedCommand');
const kLoading = Symbol('loadingREPLFile');
const kPending = Symbol('pendingLines');
const kBusy = Symbol('awaiting');
const kInterrupt = Symbol('interruptAwait');
const kHeldKeys = Symbol('keysHeldDuringAwait');

let counter = 0;
const replNames = () => `REPL${++counter}`;

// A SyntaxError that more input could cure.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

const kRecoverableMessages = [
  'Unexpected end of input', 'Unterminated template literal', 'missing ) after argument list',
];

function isRecoverable(message, code, endColumn, sourceLine) {
  if (message === 'missing ) after argument list') {
    return endColumn >= sourceLine.length && /\n$/.test(code);  // only if at the very end
  }
  if (message === 'Invalid or unexpected token' && /\/\*(?![\s\S]*\*\/)/.test(code)) {
    return true;  // an open /* comment
  }
  return kRecoverableMessages.includes(message);
}

// Compile only. Returns null, or the SyntaxError with its source line and
// columns.
function checkSyntax(code, file) {
  const report = runInThisContext(code, file, true);
  if (report === undefined) return null;
  const [error, line, start, end] = report;
  return { error, line, start, end };
}

// The arrow under the bad token, as Node draws it above the message.
function decorateSyntaxError(report) {
  const { error, line, start, end } = report;
  if (error === null || typeof error !== 'object') return error;
  const arrow = ' '.repeat(start) + '^'.repeat(Math.max(end - start, 1));
  try {
    error.stack = `${line}\n${arrow}\n\n${error.name}: ${error.message}`;
  } catch {
    // a frozen error keeps its stack
  }
  return error;
}

// `{ a: 1 }` typed alone is an object, not a block: try it in parentheses.
function isObjectLiteral(code) {
  return /^\s*{/.test(code) && /}\s*;?\s*$/.test(code);
}

function defaultWriter(value) {
  return inspect(value, defaultWriter.options);
}
// util.inspect's defaults (this runtime's inspect has no defaultOptions yet),
// with proxies shown as proxies. breakLength also decides whether an error's
// first line fits after "Uncaught ".
defaultWriter.options = {
  ...(inspect.defaultOptions || { depth: 2, colors: false, customInspect: true,
                                   maxArrayLength: 100, maxStringLength: 10000, breakLength: 80,
                                   compact: 3, sorted: false, getters: false }),
  showProxy: true,
};

// Keeps the frames of the user's code: the script's own top level (the
// last frame without a function name, `at REPLn:l:c`) and everything below
// it (this module) go.
function trimStack(error) {
  if (error === null || typeof error !== 'object' || typeof error.stack !== 'string') return;
  const lines = error.stack.split('\n');
  if (error.name === 'SyntaxError') {  // a declaration clash, JSON.parse: no frame is the user's
    try {
      error.stack = lines.filter((l) => !/^\s+at\s/.test(l)).join('\n');
    } catch {
      // not writable: shown as it is
    }
    return;
  }
  // The last frame of a function with no name is where the user's code was
  // entered: the input's top level (`at REPL2:1:5`) or a nameless callback
  // that a timer or a promise called (`at Timeout.<anonymous> (REPL2:...)`).
  let top = -1;
  lines.forEach((l, i) => {
    if (/^\s+at (?:async )?REPL\d+:\d+:\d+$/.test(l) ||
        /^\s+at (?:[\w$]+\.)?<anonymous> \(REPL\d+:\d+:\d+\)$/.test(l)) {
      top = i;
    }
  });
  if (top === -1) return;
  try {
    error.stack = lines.slice(0, top).join('\n');
  } catch {
    // not writable: shown as it is
  }
}

function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream = stream || process.stdin;
    options.input = stream;
    options.output = stream === process.stdin ? process.stdout : stream;
  }
  if (options.terminal === undefined) options.terminal = !!(options.output && options.output.isTTY);
  // On a terminal, useColors is what the output says of itself (a
  // tty.WriteStream knows: TERM, NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR),
  // as in Node. (This runtime's util.inspect draws no colours yet.)
  if (options.terminal && options.useColors === undefined) {
    if (typeof options.output.hasColors === 'function') {
      options.useColors = options.output.hasColors();
    } else if (process.env.NODE_DISABLE_COLORS === undefined) {
      options.useColors = true;
    }
  }
  if (options.breakEvalOnSigint && evalFn) throw new ERR_INVALID_REPL_EVAL_CONFIG();
  if (options.replMode !== undefined && typeof options.replMode !== 'symbol') {
    throw new ERR_INVALID_REPL_INPUT('replMode must be a symbol');
  }

  this.useColors = !!options.useColors;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = options.replMode || module.exports.REPL_MODE_SLOPPY;
  this.editorMode = false;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this._initialPrompt = prompt === undefined ? '> ' : prompt;
  this.lexicalNames = new Set();  // `let`/`const`/`class` names, for completion
  this[kBuffered] = '';
  this[kPending] = [];
  this[kBusy] = false;
  this[kInterrupt] = null;
  this[kHeldKeys] = [];
  this.eval = evalFn || defaultEval;

  const self = this;
  Interface.call(this, {
    input: options.input,
    output: options.output,
    completer: options.completer || ((text, cb) => self.complete(text, cb)),
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  });

  this.resetContext();
  this.commands = { __proto__: null };
  defineDefaultCommands(this);
  this.writer = options.writer || module.exports.writer;
  if (this.writer === defaultWriter) defaultWriter.options.colors = this.useColors;

  this.on('close', () => this.emit('exit'));

  // An exception nobody caught -- thrown by a timer, a callback or a promise
  // that some input started -- is this session's: printed as "Uncaught ..."
  // under a new prompt, and the session goes on (Node's REPL does this with a
  // domain; here the capture callback of internal/bootstrap/node.js). Only
  // one REPL at a time can hold it; it is given back when the REPL closes.
  // A promise rejected with a non-error comes wrapped; the REPL shows what
  // it was rejected with.
  if (!process.hasUncaughtExceptionCaptureCallback()) {
    const { unwrapRejection } = require('internal/process/promises');
    process.setUncaughtExceptionCaptureCallback((err) => this._printError(unwrapRejection(err)));
    this.once('exit', () => process.setUncaughtExceptionCaptureCallback(null));
  }

  let sawSIGINT = false;
  this.on('SIGINT', () => {
    const empty = this.line.length === 0;
    this.clearLine();
    turnOffEditorMode(this);
    if (!this[kBuffered] && empty) {
      if (sawSIGINT) {
        this.close();
        sawSIGINT = false;
        return;
      }
      this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      sawSIGINT = true;
    } else {
      sawSIGINT = false;
    }
    this.clearBufferedCommand();
    this.displayPrompt();
  });

  this.on('line', (cmd) => {
    sawSIGINT = false;
    if (this[kBusy]) {  // an await is still running: this line waits its turn
      this[kPending].push(cmd);
      return;
    }
    this._handleLine(cmd || '');
  });

  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// The default eval: cb(error) or cb(null, value).
function defaultEval(code, context, file, cb) {
  const source = code;
  if (code === '\n') return cb(null);
  let wrapped = false;
  if (isObjectLiteral(code) && checkSyntax(`(${code.trim()})\n`, file) === null) {
    code = `(${code.trim()})\n`;
    wrapped = true;
  }
  let awaiting = false;
  if (!wrapped && /\bawait\b/.test(code) && checkSyntax(code, file) !== null) {
    const rewritten = wrapTopLevelAwait(code, (script) => checkSyntax(script, file) === null);
    if (rewritten !== null) {
      code = rewritten;
      awaiting = true;
    }
  }
  if (this.replMode === module.exports.REPL_MODE_STRICT && !/^\s*$/.test(code)) {
    code = `'use strict'; void 0;\n${code}`;
  }
  const report = checkSyntax(code, file);
  if (report !== null) {
    if (isRecoverable(report.error && report.error.message, source, report.end, report.line)) {
      return cb(new Recoverable(report.error));
    }
    return cb(decorateSyntaxError(report));
  }
  if (!awaiting) {
    for (const m of source.matchAll(/(?:^|[;\n])\s*(?:let|const|class)\s+([A-Za-z_$][\w$]*)/g)) {
      this.lexicalNames.add(m[1]);
    }
  }
  let result;
  try {
    result = runInThisContext(code, file);
  } catch (err) {
    // Thrown while running: reported at once, and (as in Node) not kept in
    // the lines that .save writes.
    this.clearBufferedCommand();
    this._printError(err);
    return;
  }
  if (!awaiting) return cb(null, result);
  // While the promise is pending, a terminal keeps being read (so the loop
  // stays alive even if nothing else does) but its keys wait, except Ctrl+C,
  // which gives up waiting: the input ends as ERR_SCRIPT_EXECUTION_INTERRUPTED,
  // as in Node. Another input stream is simply paused.
  this[kBusy] = true;
  const terminal = this.terminal;
  if (!terminal) this.pause();
  let interrupt;
  const interrupted = new Promise((resolve, reject) => {
    interrupt = () => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;  // Node's shows no frames
      const error = new ERR_SCRIPT_EXECUTION_INTERRUPTED();
      Error.stackTraceLimit = limit;
      reject(error);
    };
  });
  this[kInterrupt] = interrupt;
  const settled = (err, value) => {
    this[kBusy] = false;
    this[kInterrupt] = null;
    if (!terminal) this.resume();
    if (err) cb(err);
    else cb(null, value);
    // The keys typed meanwhile, now, as if typed after the result.
    for (const [d, key] of this[kHeldKeys].splice(0)) this._ttyWrite(d, key);
  };
  Promise.race([Promise.resolve(result), interrupted]).then(
    (wrapper) => settled(null, wrapper.value), (err) => settled(err));
}

REPLServer.prototype._handleLine = function _handleLine(cmd) {
  if (this.editorMode) {
    this[kBuffered] += `${cmd}\n`;
    const indent = this[emitKeypressSawKey()] && !this[kLoading] ? /^\s+/.exec(cmd) : null;
    if (indent) {  // keep the indentation on the next line
      this.write(indent[0]);
      this.line = indent[0];
      this.cursor = indent[0].length;
    }
    this.lines.push(cmd);
    return;
  }
  const trimmed = cmd.trim();
  if (trimmed && trimmed[0] === '.' && trimmed[1] !== '.' && Number.isNaN(parseFloat(trimmed))) {
    const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    const command = m && this.commands[m[1]];
    if (command) {
      command.action.call(this, m[2]);
      return this._next();
    }
    if (!this[kBuffered]) {
      this.output.write('Invalid REPL keyword\n');
      this.lines.push(cmd);
      this.displayPrompt();
      return this._next();
    }
  }
  const code = `${this[kBuffered]}${cmd}\n`;
  this.eval(code, this.context, replNames(), (...args) => {
    const [err, value] = args;
    this.lines.push(cmd);
    if (err instanceof Recoverable && !this._sawCtrlD) {
      this[kBuffered] += `${cmd}\n`;
      this.displayPrompt();
      return this._next();
    }
    this.clearBufferedCommand();
    this._sawCtrlD = false;
    if (err) {
      this._printError(err instanceof Recoverable ? err.err : err);
    } else {
      if (args.length >= 2 && (!this.ignoreUndefined || value !== undefined)) {
        if (!this.underscoreAssigned) this.last = value;
        this.output.write(`${this.writer(value)}\n`);
      }
      this.displayPrompt();
    }
    this._next();
  });
};

// Lines that came while an await ran, one at a time.
REPLServer.prototype._next = function _next() {
  while (!this[kBusy] && this[kPending].length > 0) this._handleLine(this[kPending].shift());
};

// "Uncaught Error: x": the error's own frames, and a line starting with its
// name prefixed with "Uncaught " (or "Uncaught:" above it if too long).
REPLServer.prototype._printError = function _printError(e) {
  let text;
  if (e instanceof Error) {
    trimStack(e);
    text = this.writer(e);
    if (text[0] === '[' && text[text.length - 1] === ']') text = text.slice(1, -1);
  } else {
    text = this.writer(e);
  }
  if (!this.underscoreErrAssigned) this.lastError = e;
  const lines = text.split(/(?<=\n)/);
  let matched = false;
  let out = '';
  for (const line of lines) {
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      out += defaultWriter.options.breakLength >= line.length ? `Uncaught ${line}` :
        `Uncaught:\n${line}`;
      matched = true;
    } else {
      out += line;
    }
  }
  if (!matched) out = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${out}`;
  if (!out.endsWith('\n')) out += '\n';
  this.output.write(out);
  this.clearBufferedCommand();
  this.displayPrompt();
};

function emitKeypressSawKey() {
  return require('internal/readline/emitKeypressEvents').kSawKeyPress;
}

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBuffered] = '';
};

// Closing waits for a history write that is due (internal/repl/utils.js).
REPLServer.prototype.close = function close() {
  if (this.terminal && this._flushing && !this._closingOnFlush) {
    this._closingOnFlush = true;
    this.once('flushHistory', () => Interface.prototype.close.call(this));
    return;
  }
  process.nextTick(() => Interface.prototype.close.call(this));
};

// The context is the global object (see the top of this file); what a reset
// can renew is the REPL's own: `_`, `_error`, require and the module globals.
REPLServer.prototype.createContext = function createContext() {
  const context = globalThis;
  const Module = require('module');
  // `module` is the REPL's own, '<repl>', and `require` resolves from the
  // current directory as if from a file ./repl there.
  const replModule = new Module('<repl>');
  replModule.paths = Module._nodeModulePaths(path.join(process.cwd(), 'repl'));
  const replRequire = Module.createRequire(path.join(process.cwd(), 'repl'));
  Object.defineProperty(context, 'module', {
    configurable: true, writable: true, value: replModule,
  });
  Object.defineProperty(context, 'require', {
    configurable: true, writable: true, value: replRequire,
  });
  for (const name of Module.builtinModules) {
    if (name.includes('/') || name.startsWith('_') || name in context) continue;
    Object.defineProperty(context, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = require(name);
        Object.defineProperty(context, name, { configurable: true, writable: true, value });
        return value;
      },
      set(value) {  // `fs = 1` makes fs an ordinary global
        Object.defineProperty(context, name, {
          configurable: true, writable: true, enumerable: true, value,
        });
      },
    });
  }
  return context;
};

REPLServer.prototype.resetContext = function resetContext() {
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];
  Object.defineProperty(this.context, '_', {
    configurable: true,
    get: () => this.last,
    set: (value) => {
      this.last = value;
      if (!this.underscoreAssigned) {
        this.underscoreAssigned = true;
        this.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  Object.defineProperty(this.context, '_error', {
    configurable: true,
    get: () => this.lastError,
    set: (value) => {
      this.lastError = value;
      if (!this.underscoreErrAssigned) {
        this.underscoreErrAssigned = true;
        this.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });
  this.emit('reset', this.context);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  const prompt = this[kBuffered].length ? '... ' : this._initialPrompt;
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  else require('internal/validators').validateFunction(cmd.action, 'cmd.action');
  this.commands[keyword] = cmd;
};

REPLServer.prototype.setupHistory = function (historyFile, cb) {
  setupHistory(this, historyFile, cb);
};

// Editor mode (terminal only): lines gather until Ctrl+D evaluates them all,
// or Ctrl+C drops them; up/down do not walk the history meanwhile.
REPLServer.prototype._ttyWrite = function _ttyWrite(d, key) {
  key = key || {};
  if (this[kBusy] && this[kInterrupt]) {  // an await is pending (see defaultEval)
    if (key.ctrl && key.name === 'c') this[kInterrupt]();
    else this[kHeldKeys].push([d, key]);
    return;
  }
  if (!this.editorMode || !this.terminal) {
    if (key.ctrl && key.name === 'd' && this.cursor === 0 && this.line.length === 0) {
      this.clearLine();
    }
    return Interface.prototype._ttyWrite.call(this, d, key);
  }
  if (key.ctrl && !key.shift) {
    if (key.name === 'd') {
      turnOffEditorMode(this);
      this._sawCtrlD = true;
      return Interface.prototype._ttyWrite.call(this, d, { name: 'return' });
    }
    if (key.name === 'n' || key.name === 'p') return;
  } else if (key.name === 'up' || key.name === 'down') {
    return;
  }
  return Interface.prototype._ttyWrite.call(this, d, key);
};

function turnOnEditorMode(repl) {
  repl.editorMode = true;
  Interface.prototype.setPrompt.call(repl, '');
}

function turnOffEditorMode(repl) {
  repl.editorMode = false;
  repl.setPrompt(repl._initialPrompt);
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const { help } = this.commands[name];
        this.output.write(`.${name}${help ? ' '.repeat(width - name.length + 3) + help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      if (file === '') {
        this.output.write('The "file" argument must be specified\n');
      } else {
        try {
          fs.writeFileSync(file, this.lines.join('\n'));
          this.output.write(`Session saved to: ${file}\n`);
        } catch {
          this.output.write(`Failed to save: ${file}\n`);
        }
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      if (file === '') {
        this.output.write('The "file" argument must be specified\n');
        this.displayPrompt();
        return;
      }
      try {
        if (fs.statSync(file).isFile()) {
          turnOnEditorMode(this);
          this[kLoading] = true;
          this.write(fs.readFileSync(file, 'utf8'));
          this[kLoading] = false;
          turnOffEditorMode(this);
          this.write('\n');
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        }
      } catch {
        this[kLoading] = false;
        turnOffEditorMode(this);
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        turnOnEditorMode(this);
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

// --- Completion ---

// Own property names worth offering: strings that are identifiers, not
// indices; on Object.prototype (of this or any realm: the one object whose
// constructor's prototype's prototype is itself) every name but the legacy
// __defineGetter__ family.
const kLegacyMethods = ['__defineGetter__', '__defineSetter__', '__lookupGetter__',
                        '__lookupSetter__'];
function completableNames(obj) {
  if (obj == null) return [];
  try {
    let isObjectPrototype = false;
    if (Object.getPrototypeOf(obj) === null) {
      const ctor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      const ctorProto = ctor && ctor.value ? Object.getPrototypeOf(ctor.value) : null;
      isObjectPrototype = !!ctorProto && Object.getPrototypeOf(ctorProto) === obj;
    }
    const names = Object.getOwnPropertyNames(obj);
    return isObjectPrototype ? names.filter((n) => !kLegacyMethods.includes(n)) :
      names.filter(isIdentifier);
  } catch {
    return [];
  }
}

const kRequireRE = /\brequire\s*\(\s*['"`](([\w@./:-]+\/)?(?:[\w@./:-]*))(?![^'"`])$/;
const kExpressionRE =
  /(?:[\w$'"`[{(](?:(\w| |\t)*?['"`]|\$|['"`\]})])*\??(?:\.|])?)*?(?:[a-zA-Z_$])?(?:\w|\$)*\??\.?$/;

// complete(line, cb) -> cb(null, [completions, completeOn]). Groups of
// candidates (the commands; built-in module names in require('...'); a
// value's own properties, then its prototype's, ...; globals) are filtered
// by what was typed, and laid out nearest group last, '' between groups,
// which readline prints as separate blocks.
REPLServer.prototype.complete = function complete(line, callback) {
  let groups = [];
  let completeOn = '';
  let filter = '';
  line = line.trimStart();
  let m;
  const done = () => {
    if (groups.length && filter) {
      const lower = filter.toLowerCase();
      groups = groups.map((g) => g.filter((s) => s.toLowerCase().startsWith(lower)))
        .filter((g) => g.length > 0);
    }
    const completions = [];
    const seen = new Set(['']);
    for (const group of groups) {
      group.sort((a, b) => (b > a ? 1 : -1));
      const before = seen.size;
      for (const entry of group) {
        if (!seen.has(entry)) {
          completions.unshift(entry);
          seen.add(entry);
        }
      }
      if (seen.size !== before) completions.unshift('');
    }
    if (completions[0] === '') completions.shift();
    callback(null, [completions, completeOn]);
  };

  if ((m = /^\s*\.(\w*)$/.exec(line)) !== null) {
    groups.push(Object.keys(this.commands));
    completeOn = m[1];
    filter = completeOn;
    return done();
  }
  if ((m = kRequireRE.exec(line)) !== null) {
    completeOn = m[1];
    filter = completeOn;
    groups.push(require('module').builtinModules.filter((n) => !n.startsWith('_')));
    return done();
  }
  if (line.length !== 0 && !/[\w$.\]]$/.test(line) && !/\s$/.test(line)) return done();
  m = kExpressionRE.exec(line);
  if (m === null || (line.length !== 0 && m[0] === '')) return done();
  const match = m[0];
  let expr = '';
  completeOn = match;
  if (line.endsWith('.')) {
    expr = match.slice(0, -1);
  } else if (line.length !== 0) {
    const bits = match.split('.');
    filter = bits.pop();
    expr = bits.join('.');
  }
  if (!expr) {
    groups.push([...this.lexicalNames]);
    for (let p = Object.getPrototypeOf(this.context); p !== null; p = Object.getPrototypeOf(p)) {
      groups.push(completableNames(p));
    }
    groups.push(completableNames(this.context));
    if (filter !== '') groups.push(commonWords.slice());
    return done();
  }
  let chaining = '.';
  if (expr.endsWith('?')) {
    expr = expr.slice(0, -1);
    chaining = '?.';
  }
  let obj;
  let found = false;
  try {
    obj = runInThisContext(`try { ${expr} } catch {}`, 'REPL');
    found = true;
  } catch {
    // not an expression after all
  }
  const members = [];
  if (found && obj != null) {
    let p;
    if (typeof obj === 'object' || typeof obj === 'function') {
      members.push(completableNames(obj));
      p = Object.getPrototypeOf(obj);
    } else {
      p = obj.constructor ? obj.constructor.prototype : null;
    }
    for (let depth = 5; p !== null && p !== undefined && depth-- !== 0;) {
      members.push(completableNames(p));
      p = Object.getPrototypeOf(p);
    }
  }
  if (members.length) {
    expr += chaining;
    for (const group of members) groups.push(group.map((name) => `${expr}${name}`));
    if (filter) filter = `${expr}${filter}`;
  }
  return done();
};

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  writer: defaultWriter,
  REPLServer,
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  Recoverable,
  builtinModules: require('module').builtinModules.filter((n) => !n.startsWith('_')),
};
