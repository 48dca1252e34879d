// The second step of the bootstrap: `process` and the globals.
// (Node: lib/internal/bootstrap/node.js.)
//
// Stages 02 to 04 made `process`, the timers, `queueMicrotask` and `Buffer`
// in C++; this stage keeps them and makes `process` what it is in Node, an
// EventEmitter. Returns the functions that stage 02's Runtime calls when the
// program's life turns (see 05-modules/bootstrap.h):
//
//     emitBeforeExit(code)           the loop ran dry: 'beforeExit'
//     emitExit(code)                 the program ends: 'exit'
//     handleUncaughtException(err)   true when an 'uncaughtException'
//                                    listener took the error
//     handleUnhandledRejection(r, p, id)  true when the program goes on
//                                    (--unhandled-rejections decides)
//     handleRejectionHandled(p)      a handler came late: 'rejectionHandled'
'use strict';

// The ES2023 methods this V8 lacks, before anything else can need them.
require('internal/bootstrap/es2023');

const EventEmitter = require('events');
const { cwd, chdir, execPath, pid, ppid } = internalBinding('process_methods');

// ---- process is an EventEmitter ----

// Node's process object is an instance of a class called `process` whose
// prototype inherits from EventEmitter.prototype.
const processPrototype = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
Object.setPrototypeOf(process, processPrototype);
EventEmitter.call(process);

// Methods of process are plain, writable, enumerable properties, as in Node.
Object.assign(process, { cwd, chdir });
process.execPath = execPath;
process.pid = pid;
process.ppid = ppid;

// Warnings: internal/process/warning.js makes and prints them, loaded by the
// first warning, since most programs never emit one. The default 'warning'
// listener (the one that prints) is in place from the start, as in Node.
const warnings = () => require('internal/process/warning');
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  return warnings().emitWarning(warning, type, code, ctor);
};
process.on('warning', function onWarning(warning) { warnings().onWarning(warning); });

// What the process is, as read-only facts (process_methods.cc): Node 20's
// keys, with only true values. `versions` names the libraries this program
// really links; `release` has no URLs, for there is no release to download.
const processMethods = internalBinding('process_methods');
const readOnly = (object, values) => {
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(object, key, { value, writable: false, enumerable: true,
                                         configurable: true });
  }
  return object;
};
readOnly(process, {
  version: `v${processMethods.versions.node}`,
  versions: readOnly({}, processMethods.versions),
  arch: processMethods.arch,
  platform: process.platform,
  release: { name: 'node' },
});
// argv[0] as typed ('node', './bin/05-modules'); process.argv[0] is the
// absolute path.
Object.defineProperty(process, 'argv0', {
  value: processMethods.argv0, writable: false, enumerable: true, configurable: false,
});
// The warning switches, as the properties Node sets from them (read by
// internal/process/warning.js when a warning comes).
for (const [flag, property] of [['--no-deprecation', 'noDeprecation'],
                                ['--throw-deprecation', 'throwDeprecation'],
                                ['--trace-deprecation', 'traceDeprecation']]) {
  if (processMethods.givenFlags[flag]) process[property] = true;
}
// process.report (diagnostic reports) is not modelled: absent, not a stub.
// Built on first read; assigning replaces it, as in Node.
let allowedFlags;
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  get() {
    allowedFlags ??= require('internal/process/flags').allowedFlags(processMethods.runtimeFlags);
    return allowedFlags;
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      value, writable: true, enumerable: true, configurable: true,
    });
  },
  enumerable: true, configurable: true,
});
Object.defineProperty(process, 'features', {
  value: {
    inspector: false, debug: false, uv: true, ipv6: true,
    tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false,
    cached_builtins: true,   // V8 code cache made at build time (code_cache_builder.h)
    require_module: false,   // require() of an ES module is not supported
  },
  writable: false, enumerable: true, configurable: false,
});
// Node's build configuration; this program's is told by what it links.
Object.defineProperty(process, 'config', {
  value: Object.freeze({ target_defaults: {}, variables: {
    node_shared: true, node_shared_libuv: true, node_shared_openssl: true,
    node_shared_zlib: true, node_use_openssl: true, v8_enable_i18n_support: 1,
  } }),
  writable: false, enumerable: true, configurable: true,
});
process.execArgv = processMethods.execArgv;
Object.defineProperty(process, 'title', {
  get: processMethods.getTitle,
  set(title) { processMethods.setTitle(`${title}`); },
  enumerable: true, configurable: true,
});

// What the process costs, its mask and its signals: the checks and shapes
// are in internal/process/per_thread.js, loaded on the first call.
const perThread = () => require('internal/process/per_thread');
Object.assign(process, {
  cpuUsage(prevValue) { return perThread().cpuUsage(prevValue); },
  memoryUsage() { return perThread().memoryUsage(); },
  resourceUsage() { return perThread().resourceUsage(); },
  uptime: processMethods.uptime,
  umask(mask) { return perThread().umask(mask); },
  kill(pid, signal) { return perThread().kill(pid, signal); },
  _kill: processMethods.kill,  // what kill() calls; tests replace it, as in Node
});
process.memoryUsage.rss = processMethods.rss;

// ---- the Web platform's globals ----

// Globals Node defines beyond the language, as non-enumerable properties of
// globalThis (as the language's own built-ins are). Each is loaded on first
// use: a program that never touches them pays nothing at start-up. A script
// may replace one; the getter then gives way to a plain value.
function defineLazyGlobals(id, names, enumerable = false) {
  for (const name of names) {
    const define = (value) => Object.defineProperty(globalThis, name, {
      value, writable: true, configurable: true, enumerable,
    });
    Object.defineProperty(globalThis, name, {
      get() {
        const value = require(id)[name];
        define(value);
        return value;
      },
      set: define,
      configurable: true,
      enumerable,
    });
  }
}
defineLazyGlobals('internal/event_target', ['Event', 'EventTarget', 'CustomEvent']);
defineLazyGlobals('internal/abort_controller', ['AbortController', 'AbortSignal']);
defineLazyGlobals('internal/per_context/domexception', ['DOMException']);
defineLazyGlobals('internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyGlobals('internal/encoding', ['atob', 'btoa'], /*enumerable=*/true);
defineLazyGlobals('internal/url', ['URL', 'URLSearchParams']);
defineLazyGlobals('internal/blob', ['Blob', 'File']);
defineLazyGlobals('internal/structured_clone', ['structuredClone'], /*enumerable=*/true);
defineLazyGlobals('internal/worker/broadcast_channel', ['BroadcastChannel', 'MessageEvent']);
defineLazyGlobals('internal/worker/io', ['MessageChannel', 'MessagePort']);
// globalThis.crypto: Web Crypto's object (getRandomValues, randomUUID).
Object.defineProperty(globalThis, 'crypto', {
  get() {
    const value = require('crypto').webcrypto;
    Object.defineProperty(globalThis, 'crypto', { value, writable: true, configurable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(globalThis, 'crypto', { value, writable: true, configurable: true });
  },
  configurable: true,
  enumerable: false,
});

// `global` is globalThis, as in Node; `process` is not enumerable there.
Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true,
                                              configurable: true, enumerable: true });
Object.defineProperty(globalThis, 'process', { enumerable: false });

// process.stdin, stdout, stderr: made on first use, each by what its fd is
// (internal/stdio/create.js).
for (const name of ['stdin', 'stdout', 'stderr']) {
  const getter = `get${name[0].toUpperCase()}${name.slice(1)}`;
  Object.defineProperty(process, name, {
    get() { return require('internal/stdio/create')[getter](); },
    configurable: true, enumerable: true,
  });
}

// console: Node's console, writing through process.stdout and stderr (stage
// 01's C++ writers are set aside). Loaded on first use, so a program that
// never touches console pays nothing.
const nativeConsole = globalThis.console;
let fullConsole;
Object.defineProperty(globalThis, 'console', {
  get() {
    fullConsole ??= require('internal/console/global').createConsole(nativeConsole);
    return fullConsole;
  },
  set(value) { Object.defineProperty(globalThis, 'console', { value, writable: true,
                                                                configurable: true }); },
  configurable: true,
  enumerable: false,
});

// ---- exit ----

// process.exit(code) emits 'exit' (once), then ends the program with stage
// 02's native exit, which unwinds the JavaScript on the stack.
const reallyExit = process.exit;
process.reallyExit = reallyExit;
process.exit = function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;  // exit(undefined) resets it
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  reallyExit(process.exitCode || 0);
};
process._exiting = false;

function emitBeforeExit(code) {
  process.emit('beforeExit', process.exitCode || code);
}

function emitExit(code) {
  if (process._exiting) return;
  process._exiting = true;
  process.emit('exit', process.exitCode || code);
}

// An exception nobody caught. With 'uncaughtException' listeners it is
// theirs and the program goes on; without, the program ends with code 1,
// after the 'exit' listeners (the error is printed after them, as in Node).
// Not `fatal`: the REPL will print it and go on, so nothing ends.
function handleUncaughtException(error, origin = 'uncaughtException', fatal = true) {
  process.emit('uncaughtExceptionMonitor', error, origin);
  if (captureCallback !== null) {
    captureCallback(error);
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', error, origin);
    return true;
  }
  if (!fatal) return false;
  process.exitCode = 1;
  // In a worker the error goes to the parent's 'error' event, not to stderr.
  const { onFatal } = require('internal/worker/state');
  if (onFatal) {
    onFatal(error);
    emitExit(1);
    reallyExit(1);
    return true;
  }
  emitExit(1);
  return false;
}

// process.setUncaughtExceptionCaptureCallback(fn): fn takes every uncaught
// exception before any 'uncaughtException' listener, and the program goes
// on. One at a time (null removes it). The REPL sets one while it runs, so
// that an error thrown by a timer it started prints as "Uncaught ..." and
// the session continues, as in Node (whose REPL reaches it through domain).
let captureCallback = null;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  require('internal/validators').validateFunction(fn, 'fn');
  if (captureCallback !== null) {
    throw new (require('internal/errors').codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
  }
  captureCallback = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
};

// A promise rejected with nobody to catch it, and one handled later: what
// happens depends on --unhandled-rejections (internal/process/promises.js).
// `endProgram` is the way out of an uncaught exception: the 'exit'
// listeners run, and stage 02 prints the error and ends with code 1.
function endProgram() {
  process.exitCode = 1;
  emitExit(1);
  return false;
}
// Loaded on the first rejection: most programs never have one.
let rejectionHandlers;
const rejections = () => (rejectionHandlers ??= require('internal/process/promises')
  .createRejectionHandlers(processMethods.unhandledRejections, handleUncaughtException,
                           endProgram));
function handleUnhandledRejection(reason, promise, id) {
  return rejections().handleUnhandledRejection(reason, promise, id);
}
function handleRejectionHandled(promise) {
  rejections().handleRejectionHandled(promise);
}

// ---- A child made by child_process.fork() ----

// The parent left the fd of an IPC pipe in the environment: process.send(),
// 'message' and disconnect() talk over it (internal/child_process.js). Only
// the main thread of the child has the channel; the variables are removed so
// that the child's own children do not inherit them.
if (process.env.NODE_CHANNEL_FD && internalBinding('worker').isMainThread) {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (fd >= 0) require('internal/child_process').forkChild(fd, mode);
}

// ---- ES modules ----

// import() and import.meta work from the first line of user code; the
// loader behind them loads on first use (internal/modules/esm/utils.js).
require('internal/modules/esm/utils').initializeESM();

return {
  emitBeforeExit, emitExit, handleUncaughtException, handleUnhandledRejection,
  handleRejectionHandled,
};
