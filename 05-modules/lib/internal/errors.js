// Node's errors with a `code`: `TypeError [ERR_INVALID_ARG_TYPE]: ...`.
// (Node: lib/internal/errors.js.)
//
// Each code is a class made once by `E(code, message, Base)`; `message` is a
// string or a function of the arguments the error is thrown with:
//
//     const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
//     throw new ERR_INVALID_ARG_TYPE('path', 'string', 42);
//
// The error's `name` stays its base's ('TypeError'); only the first line of
// its stack says the code. V8 writes that line from `name` when the stack
// is first read, so `name` is set, the stack read, and the name removed.
'use strict';

const codes = {};

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') {
    return value.name ? ` Received function ${value.name}` : ' Received function';
  }
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ` Received an instance of ${ctor.name}`;
    return ` Received ${require('internal/util/inspect').inspect(value, { depth: -1 })}`;
  }
  let shown = require('internal/util/inspect').inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
                'bigint', 'symbol'];

// "The "name" argument must be of type string or an instance of Buffer."
function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let message;
  if (name.endsWith(' argument')) message = `The ${name} `;
  else message = `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  message += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const list = (items) => (items.length > 2 ?
    `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}` :
    items.join(' or '));
  if (types.length > 0) {
    message += `${types.length > 1 ? 'one of type' : 'of type'} ${list(types)}`;
    if (instances.length > 0 || other.length > 0) message += ' or ';
  }
  if (instances.length > 0) {
    message += `an instance of ${list(instances)}`;
    if (other.length > 0) message += ' or ';
  }
  if (other.length > 0) {
    // A lone description with capitals ('ArrayBufferView[]') gets an article.
    const article = other[0].toLowerCase() !== other[0] ? 'an ' : '';
    message += other.length > 1 ? `one of ${list(other)}` : `${article}${other[0]}`;
  }
  return `${message}.${describeReceived(actual)}`;
}

function makeNodeErrorWithCode(Base, code, message) {
  return class NodeError extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', {
        value: code, enumerable: true, writable: true, configurable: true,
      });
      this.name = `${Base.name} [${code}]`;
      this.stack;  // eslint-disable-line no-unused-expressions -- fixes the first line
      delete this.name;
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
}

function E(code, message, Base) {
  codes[code] = makeNodeErrorWithCode(Base, code, message);
}

// "1_099_511_627_776": the digits of a large integer in groups of three.
function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
  return `${text.slice(0, i)}${result}`;
}

function outOfRange(name, range, input, replaceDefaultBoolean = false) {
  let message = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = require('internal/util/inspect').inspect(input);
  }
  message += ` It must be ${range}. Received ${received}`;
  return message;
}

E('ERR_ARG_NOT_ITERABLE', (name) => `${name} must be iterable`, TypeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', (encoding) =>
  `The encoded data was not valid for encoding ${encoding}`, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', (encoding) => `The "${encoding}" encoding is not supported`,
  RangeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with ' +
  'concurrent asynchronous operations', Error);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', Error);
E('ERR_FS_INVALID_SYMLINK_TYPE', (type) =>
  `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`, Error);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  const { inspect } = require('internal/util/inspect');
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}, TypeError);
E('ERR_INVALID_FILE_URL_HOST', (platform) =>
  `File URL host must be "localhost" or empty on ${platform}`, TypeError);
E('ERR_INVALID_FILE_URL_PATH', (reason) => `File URL path ${reason}`, TypeError);
// Node also throws this code as a RangeError (process.cpuUsage's prevValue).
codes.ERR_INVALID_ARG_VALUE.RangeError = makeNodeErrorWithCode(
  RangeError, 'ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') =>
    new codes.ERR_INVALID_ARG_VALUE(name, value, reason).message);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${
    message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target) =>
  `Invalid "exports" target ${JSON.stringify(target)} defined for '${key}' in the package ` +
  `config ${pkgPath}package.json`, Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => (subpath === '.' ?
  `No "exports" main defined in ${pkgPath}package.json` :
  `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json`) +
  (base ? ` imported from ${base}` : ''), Error);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${describeReceived(value).slice(' Received '.length)}.`, TypeError);
E('ERR_INVALID_TUPLE', (name, tuple) => `${name} must be an iterable ${tuple} tuple`, TypeError);
// The URL is not in the message (it may hold a password); it is a property.
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
codes.ERR_INVALID_URL = class NodeError extends codes.ERR_INVALID_URL {
  constructor(input, base = undefined) {
    super();
    this.input = input;
    if (base !== undefined && base !== null) this.base = base;
  }
};
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  return `The URL must be ${expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`}`;
}, TypeError);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: JS heap out of memory',
  Error);
E('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  'Object that needs transfer was found in message but not listed in transferList', TypeError);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors) =>
  `Initiated Worker with invalid execArgv flags: ${errors.join(', ')}`, Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting ' +
  `with './' or '../'. Received "${filename}"`, TypeError);
E('ERR_MISSING_ARGS', (...names) => {
  const quoted = names.map((name) => `"${name}"`);
  const list = quoted.length > 2 ? `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}` :
    quoted.join(' and ');
  return `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`;
}, TypeError);
E('ERR_OUT_OF_RANGE', outOfRange, RangeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', (url, type) =>
  `Module "${url}" is not of type "${type}"`, TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', (url, type) =>
  `Module "${url}" needs an import attribute of type "${type}"`, TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', (type) =>
  `Import attribute type "${type}" is unsupported`, TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value) =>
  `Import attribute "${key}" with value "${value}" is not supported`, TypeError);
E('ERR_MODULE_NOT_FOUND', (request, base, type = 'package') =>
  `Cannot find ${type} '${request}' imported from ${base}`, Error);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, ' +
  '--print, or STDIN', Error);
E('ERR_REQUIRE_ASYNC_MODULE', () => 'require() cannot be used on an ESM graph with top-level ' +
  'await. Use import() instead. To see where the top-level await comes from, use ' +
  '--experimental-print-required-tla.', Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (extension, path) =>
  `Unknown file extension "${extension}" for ${path}`, TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) =>
  `Directory import '${path}' is not supported resolving ES modules imported from ${base}`, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (scheme) => 'Only URLs with a scheme in: file, data, and ' +
  `node are supported by the default ESM loader. Received protocol '${scheme}'`, Error);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
// Streams (internal/streams/*).
E('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_ALREADY_FINISHED', (method) => `Cannot call ${method} after a stream was finished`,
  Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_STREAM_DESTROYED', (method) => `Cannot call ${method} after a stream was destroyed`, Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
// A system call that failed, from a binding's context object.
// `code` and `prefix` name a more precise kind (ERR_FS_EISDIR: "Path is a
// directory"); `path` is copied when the context has one.
class SystemError extends Error {
  constructor(ctx, code = 'ERR_SYSTEM_ERROR', prefix = 'A system error occurred') {
    super(`${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})` +
          `${ctx.path !== undefined ? ` ${ctx.path}` : ''}`);
    this.code = code;
    Object.defineProperty(this, 'info', { value: ctx, enumerable: true, configurable: true });
    this.errno = ctx.errno;
    this.syscall = ctx.syscall;
    if (ctx.path !== undefined) this.path = ctx.path;
    // Not enumerable, and the stack's first line says the code (as NodeError does).
    const name = (value) => Object.defineProperty(this, 'name', { value, writable: true,
                                                                  configurable: true });
    name(`SystemError [${code}]`);
    this.stack;  // eslint-disable-line no-unused-expressions
    name('SystemError');
  }
}
codes.ERR_SYSTEM_ERROR = SystemError;
codes.ERR_FS_EISDIR = class extends SystemError {
  constructor(ctx) { super(ctx, 'ERR_FS_EISDIR', 'Path is a directory'); }
};
// A terminal that uv_tty_init refused (tty.ReadStream, tty.WriteStream).
codes.ERR_TTY_INIT_FAILED = class extends SystemError {
  constructor(ctx) { super(ctx, 'ERR_TTY_INIT_FAILED', 'TTY initialization failed'); }
};
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', (fd) => `"fd" must be a positive integer: ${fd}`, RangeError);
E('ERR_UNKNOWN_STDIN_TYPE', 'Unknown stdin file type', Error);
E('ERR_UNKNOWN_STREAM_TYPE', 'Unknown stream file type', Error);
E('ERR_UNHANDLED_ERROR', (error) => (error === undefined ? 'Unhandled error.' :
  `Unhandled error. (${error})`), Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (message) => message, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (value) =>
  `Unexpected argument '${value}'. This command does not take positional arguments`, TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ? '. To specify a positional argument starting with a \'-\', ' +
    `place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
E('ERR_UNKNOWN_SIGNAL', (signal) =>
  `Unknown signal: ${require('util').format('%s', signal)}`, TypeError);
E('ERR_UNKNOWN_ENCODING', (encoding) => `Unknown encoding: ${encoding}`, TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', (name) => `No such built-in module: ${name}`, Error);
// readline and repl
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`, Error);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', (message) => message, TypeError);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was ' +
  'already active', Error);

// Sockets and names (dgram, dns). ERR_SOCKET_BAD_PORT names the received
// value by its specific type, as Node's determineSpecificType does.
function specificType(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  const { inspect } = require('internal/util/inspect');
  if (typeof value === 'object') {
    if (value.constructor?.name) return `an instance of ${value.constructor.name}`;
    return inspect(value, { depth: -1 });
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
RangeError);
E('ERR_DNS_SET_SERVERS_FAILED', (err, servers) =>
  `c-ares failed to set servers: "${err}" [${servers}]`, Error);
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${specificType(port)}.`,
RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
codes.ERR_SOCKET_BUFFER_SIZE = class extends SystemError {
  constructor(ctx) { super(ctx, 'ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size'); }
};

// A uv error number as "syscall CODE [original]" (Node's ErrnoException).
function errnoException(err, syscall, original = undefined) {
  const code = internalBinding('uv').errname(err);
  const error = new Error(`${syscall} ${code}${original ? ` ${original}` : ''}`);
  error.errno = err;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// net (lib/net.js)
E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) =>
  `Invalid address family: ${addressType} ${host}:${port}`, RangeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536.` +
  ` Received ${describeReceived(port).slice(' Received '.length)}.`, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);

// child_process (lib/child_process.js, lib/internal/child_process.js)
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  (name) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`, Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (name) => `${name} maxBuffer length exceeded`, RangeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);

// crypto (lib/crypto.js, lib/internal/crypto/*)
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', (message) => message, TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', (digest) => `Invalid digest: ${digest}`, TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', (actual, expected) =>
  `Invalid key object type ${actual}, expected ${expected}.`, TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', (reason) =>
  (reason ? `Invalid scrypt params: ${reason}` : 'Invalid scrypt params'), RangeError);
E('ERR_CRYPTO_INVALID_STATE', (operation) =>
  (operation ? `Invalid state for operation ${operation}` : 'Invalid state'), Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
  RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);

// An operation that an AbortSignal stopped (Node: lib/internal/errors.js).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = { AbortError, codes, describeReceived };
module.exports.errnoException = errnoException;
// The extension point for higher stages: 06-http registers its ERR_HTTP_*
// codes with it (06-http/lib/internal/http.js), as Node's modules do.
module.exports.E = E;
