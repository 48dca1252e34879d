'use strict';

// The readline Interface: turns a readable stream into lines, and, on a
// terminal, into an editable line. (Node: lib/internal/readline/interface.js;
// readline.js and readline/promises.js build their Interface on this one.)
//
// Two modes, chosen by `terminal` (by default: is the output a TTY?):
//
// - Plain: 'data' chunks are decoded as UTF-8 and cut at \r\n, \r or \n; the
//   text after the last line ending waits for the next chunk, and is a line
//   of its own at 'end'. A \r at the end of a chunk followed, within
//   crlfDelay ms, by a chunk starting with \n is one line ending, not two.
//
// - Terminal: the input emits 'keypress' (emitKeypressEvents), and each key
//   edits this.line at this.cursor, the way a shell's line editor does. The
//   screen is kept in step by writing control sequences to the output: a
//   character typed at the end of the line is echoed as is; anything else
//   redraws the line (refreshLine: back to the prompt's row, column 1, erase
//   down, write prompt + line, put the cursor back). Enter hands the line to
//   'line' and to the history; up/down walk the history (matching what was
//   typed before the cursor); Tab asks the completer.
//
// Positions on screen are computed, not asked of the terminal: the display
// width of the prompt and line, wrapped at output.columns, gives the row and
// column of every character (getDisplayPos).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { AbortError, codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE, ERR_OUT_OF_RANGE } } =
  require('internal/errors');
const { validateAbortSignal, validateArray, validateNumber, validateString } =
  require('internal/validators');
const { charLengthAt, charLengthLeft, commonPrefix, getStringWidth } =
  require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxKillRing = 10;
const kLineEnding = /\r?\n|\r(?!\n)/g;

const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kLineBuffer = Symbol('_line_buffer');
const kDecoder = Symbol('_decoder');
const kSawReturnAt = Symbol('_sawReturnAt');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kPreviousKey = Symbol('_previousKey');
const kSearch = Symbol('_substringSearch');
const kKillRing = Symbol('_killRing');
const kUndo = Symbol('_undoStack');
const kRedo = Symbol('_redoStack');
const kLineIterator = Symbol('_lineIterator');

function now() {
  return Date.now();
}

function Interface(input, output, completer, terminal) {
  EventEmitter.call(this);
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[emitKeypressEvents.kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input && input.input) {  // createInterface({ input, output, ... })
    const options = input;
    ({ output, completer, terminal, history, historySize, signal, removeHistoryDuplicates,
       crlfDelay } = options);
    if (options.tabSize !== undefined) {
      if (!Number.isInteger(options.tabSize) || options.tabSize < 1 ||
          options.tabSize > 0xffffffff) {
        throw new ERR_OUT_OF_RANGE('tabSize', '>= 1 && <= 4294967295', options.tabSize);
      }
      this.tabSize = options.tabSize;
    }
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndo] = [];
  this[kRedo] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;

  const onerror = (err) => this.emit('error', err);
  input.on('error', onerror);

  if (!this.terminal) {
    const ondata = (data) => this._normalWrite(data);
    const onend = () => {
      const rest = this[kLineBuffer];
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      this.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onkeypress = (s, key) => {
      this._ttyWrite(s, key);
      // Half of a surrogate pair was drawn alone; redraw once it is whole.
      if (key && key.sequence) {
        const code = key.sequence.codePointAt(0);
        if (code >= 0xd800 && code <= 0xdfff) this._refreshLine();
      }
    };
    const onend = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onresize = () => this._refreshLine();
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', onend);
    this._setRawMode(true);
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAbort = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  input.resume();
}

Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

const proto = Interface.prototype;

Object.defineProperty(proto, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

proto.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

proto.getPrompt = function getPrompt() {
  return this[kPrompt];
};

proto._setRawMode = function _setRawMode(mode) {
  const wasRaw = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return wasRaw;
};

proto.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this[kPrompt]);
  }
};

// A question is a one-off prompt whose answer goes to `cb` instead of 'line'.
proto._question = function _question(query, cb) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this[kQuestionCallback]) {
    this.prompt();  // one question at a time: ask the first one again
    return;
  }
  this[kOldPrompt] = this[kPrompt];
  this.setPrompt(query);
  this[kQuestionCallback] = cb;
  this.prompt();
};

proto._questionCancel = function _questionCancel() {
  if (!this[kQuestionCallback]) return;
  this[kQuestionCallback] = null;
  this.setPrompt(this[kOldPrompt]);
  this.clearLine();
};

proto._onLine = function _onLine(line) {
  const cb = this[kQuestionCallback];
  if (cb) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

proto._writeToOutput = function _writeToOutput(text) {
  validateString(text, 'stringToWrite');
  if (this.output != null) this.output.write(text);
};

proto._addHistory = function _addHistory() {
  const line = this.line;
  if (line.length === 0) return '';
  if (this.historySize === 0) return line;
  if (line.trim().length === 0) return line;
  if (this.history.length === 0 || this.history[0] !== line) {
    if (this.removeHistoryDuplicates) {
      const dup = this.history.indexOf(line);
      if (dup !== -1) this.history.splice(dup, 1);
    }
    this.history.unshift(line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  // A 'history' listener may have dropped the entry (a password): hand on
  // what the history now says.
  const entry = this.history[0];
  this.emit('history', this.history);
  return entry;
};

// Where the end of `str` lands on screen, wrapping at this.columns: rows
// below the first, and the column. Tabs go to the next multiple of tabSize;
// control sequences in the prompt take no room.
proto._getDisplayPos = function _getDisplayPos(str) {
  const columns = this.columns;
  let offset = 0;
  let rows = 0;
  for (const ch of require('util').stripVTControlCharacters(str)) {
    if (ch === '\n') {
      rows += Math.ceil(offset / columns) || 1;
      offset = 0;
    } else if (ch === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
    } else {
      const width = getStringWidth(ch);
      if (width === 2 && (offset + 1) % columns === 0) offset++;  // no half a wide char
      offset += width;
    }
  }
  const cols = offset % columns;
  rows += (offset - cols) / columns;
  return { cols, rows };
};

proto.getCursorPos = function getCursorPos() {
  return this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
};

proto._refreshLine = function _refreshLine() {
  const text = this[kPrompt] + this.line;
  const end = this._getDisplayPos(text);
  const cursor = this.getCursorPos();
  if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(text);
  if (end.cols === 0) this._writeToOutput(' ');  // make the terminal open the next row
  cursorTo(this.output, cursor.cols);
  if (end.rows > cursor.rows) moveCursor(this.output, 0, cursor.rows - end.rows);
  this.prevRows = cursor.rows;
};

proto.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

proto.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

proto.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

proto.write = function write(data, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(data, key);
  else this._normalWrite(data);
};

proto._normalWrite = function _normalWrite(chunk) {
  if (chunk === undefined) return;
  let text = this[kDecoder].write(chunk);
  // The \n of a \r\n that arrived in two chunks.
  if (this[kSawReturnAt] && now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (text.codePointAt(0) === 10) text = text.slice(1);
    this[kSawReturnAt] = 0;
  }
  kLineEnding.lastIndex = 0;
  if (!kLineEnding.test(text)) {
    if (text) this[kLineBuffer] = (this[kLineBuffer] || '') + text;
    return;
  }
  if (this[kLineBuffer]) {
    text = this[kLineBuffer] + text;
    this[kLineBuffer] = null;
  }
  this[kSawReturnAt] = text.endsWith('\r') ? now() : 0;
  const lines = text.split(/\r\n|\n|\r/);
  this[kLineBuffer] = lines.pop();  // '' or the start of the next line
  for (const line of lines) this._onLine(line);
};

// --- Line editing (terminal mode) ---

proto._beforeEdit = function _beforeEdit() {
  this[kUndo].push({ text: this.line, cursor: this.cursor });
  if (this[kUndo].length > 2048) this[kUndo].shift();
};

proto._insertString = function _insertString(c) {
  this._beforeEdit();
  if (!this.isCompletionEnabled) {  // inside a paste: echo, no redraw
    this.line += c;
    this.cursor += c.length;
    this._writeToOutput(c);
    return;
  }
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
    return;
  }
  const before = this.getCursorPos();
  this.line += c;
  this.cursor += c.length;
  if (before.rows < this.getCursorPos().rows) this._refreshLine();
  else this._writeToOutput(c);
};

proto._tabComplete = async function _tabComplete(lastKeypressWasTab) {
  this.pause();
  let result;
  try {
    result = await this.completer(this.line.slice(0, this.cursor));
  } catch (err) {
    this._writeToOutput(`Tab completion error: ${require('util').inspect(err)}`);
    return;
  } finally {
    this.resume();
  }
  this._tabCompleter(lastKeypressWasTab, result);
};

// `completions` are candidates for `completeOn`, the text before the cursor
// that they would replace. A prefix shared by all is inserted at once; the
// list is shown only on a second Tab, in columns as wide as the longest
// candidate plus two, as many as fit in the output's width.
proto._tabCompleter = function _tabCompleter(lastKeypressWasTab, { 0: completions,
                                                                   1: completeOn }) {
  if (!completions || completions.length === 0) return;
  const prefix = commonPrefix(completions.filter((c) => c !== ''));
  if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
    this._insertString(prefix.slice(completeOn.length));
    return;
  }
  if (!completeOn.startsWith(prefix)) {
    this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
      this.line.slice(this.cursor);
    this.cursor = this.cursor - completeOn.length + prefix.length;
    this._refreshLine();
    return;
  }
  if (!lastKeypressWasTab) return;
  this._beforeEdit();
  const widths = completions.map((c) => getStringWidth(c));
  const width = Math.max(...widths) + 2;
  let maxColumns = Math.floor(this.columns / width) || 1;
  if (maxColumns === Infinity) maxColumns = 1;
  let out = '\r\n';
  let column = 0;
  let pad = 0;
  completions.forEach((c, i) => {
    if (c === '' || column === maxColumns) {  // '' separates groups
      out += '\r\n';
      column = 0;
      pad = 0;
    } else {
      out += ' '.repeat(pad);
    }
    if (c === '') {
      out += '\r\n';
    } else {
      out += c;
      pad = width - widths[i];
      column++;
    }
  });
  if (column !== 0) out += '\r\n\r\n';
  this._writeToOutput(out);
  this._refreshLine();
};

// Moves the cursor by dx code units, clamped to the line; on the same row
// the terminal cursor just moves, else the line is redrawn.
proto._moveCursor = function _moveCursor(dx) {
  if (dx === 0) return;
  const before = this.getCursorPos();
  this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
  const after = this.getCursorPos();
  if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
  else this._refreshLine();
};

// How far a word reaches left of the cursor: spaces, then a run of word
// characters or a run of punctuation.
function wordLeftLength(line, cursor) {
  const reversed = Array.from(line.slice(0, cursor)).reverse().join('');
  return /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed)[0].length;
}

proto._wordLeft = function _wordLeft() {
  if (this.cursor > 0) this._moveCursor(-wordLeftLength(this.line, this.cursor));
};

proto._wordRight = function _wordRight() {
  if (this.cursor < this.line.length) {
    const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
    this._moveCursor(m[0].length);
  }
};

proto._deleteLeft = function _deleteLeft() {
  if (this.cursor === 0 || this.line.length === 0) return;
  this._beforeEdit();
  const size = charLengthLeft(this.line, this.cursor);
  this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
  this.cursor -= size;
  this._refreshLine();
};

proto._deleteRight = function _deleteRight() {
  if (this.cursor >= this.line.length) return;
  this._beforeEdit();
  const size = charLengthAt(this.line, this.cursor);
  this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
  this._refreshLine();
};

proto._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor === 0) return;
  this._beforeEdit();
  const keep = this.cursor - wordLeftLength(this.line, this.cursor);
  this.line = this.line.slice(0, keep) + this.line.slice(this.cursor);
  this.cursor = keep;
  this._refreshLine();
};

proto._deleteWordRight = function _deleteWordRight() {
  if (this.cursor >= this.line.length) return;
  this._beforeEdit();
  const rest = this.line.slice(this.cursor);
  const m = /^(?:\s+|\W+|\w+)\s*/.exec(rest);
  this.line = this.line.slice(0, this.cursor) + rest.slice(m[0].length);
  this._refreshLine();
};

proto._kill = function _kill(text) {
  if (!text || text === this[kKillRing][0]) return;
  this[kKillRing].unshift(text);
  if (this[kKillRing].length > kMaxKillRing) this[kKillRing].pop();
};

proto._deleteLineLeft = function _deleteLineLeft() {
  this._beforeEdit();
  this._kill(this.line.slice(0, this.cursor));
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

proto._deleteLineRight = function _deleteLineRight() {
  this._beforeEdit();
  this._kill(this.line.slice(this.cursor));
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

proto._yank = function _yank() {
  if (this[kKillRing].length > 0) this._insertString(this[kKillRing][0]);
};

// Undo (Ctrl+_) and redo (Ctrl+^): take the last state off one stack,
// save the current one on the other.
function restoreEdit(rl, from, to) {
  const entry = from.pop();
  if (entry === undefined) return;
  to.push({ text: rl.line, cursor: rl.cursor });
  rl.line = entry.text;
  rl.cursor = entry.cursor;
  rl._refreshLine();
}

proto._undo = function _undo() {
  restoreEdit(this, this[kUndo], this[kRedo]);
};

proto._redo = function _redo() {
  restoreEdit(this, this[kRedo], this[kUndo]);
};

proto.clearLine = function clearLine() {
  this._moveCursor(+Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

proto._line = function _line() {
  const line = this._addHistory();
  this[kUndo] = [];
  this[kRedo] = [];
  this.clearLine();
  this._onLine(line);
};

// Up and down: step through the history (0 is the newest entry) to the next
// entry that starts with what was before the cursor when the walk began, and
// is not the line already shown. Past either end: back to that text.
proto._historyStep = function _historyStep(direction) {
  const search = this[kSearch] || '';
  let index = this.historyIndex + direction;
  while (index >= 0 && index < this.history.length &&
         (!this.history[index].startsWith(search) || this.line === this.history[index])) {
    index += direction;
  }
  this.line = index < 0 || index === this.history.length ? search : this.history[index];
  this.historyIndex = index;
  this.cursor = this.line.length;
  this._refreshLine();
};

proto._historyPrev = function _historyPrev() {
  if (this.historyIndex < this.history.length && this.history.length) {
    this._beforeEdit();
    this._historyStep(+1);
  }
};

proto._historyNext = function _historyNext() {
  if (this.historyIndex >= 0) {
    this._beforeEdit();
    this._historyStep(-1);
  }
};

// Ctrl+C and Ctrl+D on an empty line end the interface (a pending promise
// question is rejected); a 'SIGINT' listener takes Ctrl+C over.
proto._abort = function _abort(what) {
  this.close();
  if (this[kQuestionReject]) this[kQuestionReject](new AbortError(`Aborted with ${what}`));
};

const kCtrlKeys = {
  h: '_deleteLeft', u: '_deleteLineLeft', k: '_deleteLineRight', n: '_historyNext',
  p: '_historyPrev', y: '_yank', w: '_deleteWordLeft', backspace: '_deleteWordLeft',
  delete: '_deleteWordRight', left: '_wordLeft', right: '_wordRight',
};
const kMetaKeys = {
  b: '_wordLeft', f: '_wordRight', d: '_deleteWordRight', delete: '_deleteWordRight',
  backspace: '_deleteWordLeft',
};
const kPlainKeys = {
  backspace: '_deleteLeft', delete: '_deleteRight', up: '_historyPrev', down: '_historyNext',
};

proto._ttyWrite = function _ttyWrite(s, key) {
  const previousKey = this[kPreviousKey];
  key = key || {};
  this[kPreviousKey] = key;

  // The history search remembers the text typed before the first up/down.
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this[kSearch] === null) this[kSearch] = this.line.slice(0, this.cursor);
  } else if (this[kSearch] !== null) {
    this[kSearch] = null;
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }

  if (typeof key.sequence === 'string') {  // Ctrl+_ undoes, Ctrl+^ redoes
    const code = key.sequence.codePointAt(0);
    if (code === 0x1f) return this._undo();
    if (code === 0x1e) return this._redo();
  }
  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') this._deleteLineLeft();
    else if (key.name === 'delete') this._deleteLineRight();
    return;
  }
  if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this._abort('Ctrl+C');
        return;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this._abort('Ctrl+D');
        else if (this.cursor < this.line.length) this._deleteRight();
        return;
      case 'a': return this._moveCursor(-Infinity);
      case 'e': return this._moveCursor(+Infinity);
      case 'b': return this._moveCursor(-charLengthLeft(this.line, this.cursor));
      case 'f': return this._moveCursor(+charLengthAt(this.line, this.cursor));
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        return this._refreshLine();
      case 'z':
        // Job control needs a signal this runtime does not send to itself;
        // a 'SIGTSTP' listener still hears the key.
        if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
        return;
      default:
        if (kCtrlKeys[key.name]) this[kCtrlKeys[key.name]]();
        return;
    }
  }
  if (key.meta) {
    if (kMetaKeys[key.name]) this[kMetaKeys[key.name]]();
    return;
  }

  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = now();
      return this._line();
    case 'enter':  // \n: a line, unless it completes a \r\n
      if (this[kSawReturnAt] === 0 || now() - this[kSawReturnAt] > this.crlfDelay) this._line();
      this[kSawReturnAt] = 0;
      return;
    case 'left': return this._moveCursor(-charLengthLeft(this.line, this.cursor));
    case 'right': return this._moveCursor(+charLengthAt(this.line, this.cursor));
    case 'home': return this._moveCursor(-Infinity);
    case 'end': return this._moveCursor(+Infinity);
    case 'tab':
      if (typeof this.completer === 'function' && this.isCompletionEnabled) {
        this._tabComplete(previousKey !== null && previousKey.name === 'tab');
        return;
      }
      break;
    default:
      if (kPlainKeys[key.name]) return this[kPlainKeys[key.name]]();
  }
  if (typeof s !== 'string' || !s) return;
  // Text written with rl.write() may hold whole lines.
  const parts = s.split(/\r\n|\n|\r/);
  const last = parts.pop();
  for (const part of parts) {
    this._insertString(part);
    this._line();
  }
  this._insertString(last);
};

// `for await (const line of rl)`: lines queue up until the loop takes them;
// 'close' ends the loop once the queue is empty. Lines emitted before the
// loop starts are not seen (the listener is added here).
proto[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLineIterator] !== undefined) return this[kLineIterator];
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  const settle = () => {
    while (waiting.length > 0 && (queue.length > 0 || done || error)) {
      const { resolve, reject } = waiting.shift();
      if (queue.length > 0) resolve({ value: queue.shift(), done: false });
      else if (error) reject(error);
      else resolve({ value: undefined, done: true });
    }
  };
  const onLine = (line) => {
    queue.push(line);
    settle();
  };
  const onClose = () => {
    done = true;
    cleanup();
    settle();
  };
  const onError = (err) => {
    error = err;
    cleanup();
    settle();
  };
  const cleanup = () => {
    this.removeListener('line', onLine);
    this.removeListener('close', onClose);
    this.removeListener('error', onError);
  };
  this.on('line', onLine);
  this.on('close', onClose);
  this.on('error', onError);
  const iterator = {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) {
        const err = error;
        error = null;
        done = true;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return: () => {  // `break` out of the loop closes the interface
      done = true;
      queue.length = 0;
      cleanup();
      this.close();
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (err) => {
      cleanup();
      this.close();
      return Promise.reject(err);
    },
  };
  // Inherit [Symbol.asyncIterator]() { return this } from %AsyncIteratorPrototype%.
  Object.setPrototypeOf(iterator,
                        Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  this[kLineIterator] = iterator;
  return iterator;
};

module.exports = { Interface, kQuestionReject, kQuestionCallback, kPrompt, kLineBuffer };
