// require('child_process'): other programs, run from this one.
// (Node: lib/child_process.js.)
//
//     spawn(file, args, options)      a ChildProcess; its stdio are streams
//     execFile(file, args, options, cb)   spawn, collect stdout/stderr, cb(err, out, err)
//     exec(command, options, cb)      execFile of /bin/sh -c command
//     fork(modulePath, args, options) spawn of this very runtime on a script,
//                                     with an IPC channel (send / 'message')
//     spawnSync / execFileSync / execSync   the same, waiting for the end
//
// Everything here is policy: the options are checked and turned into what
// the bindings take (normalizeSpawnArguments: the argv, the environment as
// 'K=V' pairs, a shell's `-c`), and results are turned into Node's errors.
// The mechanism (uv_spawn, pipes, the exit) is in internal/child_process.js
// and the process_wrap / spawn_sync bindings.
//
// A child process or a worker thread? A worker (worker_threads) shares the
// process: it starts faster and can share memory, but a crash or a leak is
// everyone's. A child is another program: isolated, any language, but
// everything it is told must cross a pipe as bytes.
'use strict';

const { Buffer } = require('buffer');
const {
  ChildProcess, convertToValidSignal, getValidStdio, spawnSync: spawnSyncInternal,
  stdioStringToArray,
} = require('internal/child_process');
const {
  AbortError,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateBoolean, validateFunction, validateObject,
  validateString,
} = require('internal/validators');

// ---- Options

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

// A path as fs takes it: a string, a Buffer or a file: URL (Node's
// getValidatedPath), as a string.
function validatedPath(value, name) {
  if (value instanceof URL) value = require('url').fileURLToPath(value);
  else if (Buffer.isBuffer(value)) value = value.toString();
  else if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
  }
  validateArgumentNullCheck(value, name);
  return value;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

// (file, args, options) as the bindings want them: `args` is the whole argv
// (argv0 first), `envPairs` the environment.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');

  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = validatedPath(cwd, 'options.cwd');
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !Number.isInteger(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !Number.isInteger(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }

  return {
    ...options, args, cwd, detached: !!options.detached, envPairs, file,
    windowsHide: !!options.windowsHide, windowsVerbatimArguments: false,
  };
}

// ---- spawn

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

// ---- fork: this runtime on another script, with an IPC channel.

function fork(modulePath, args, options) {
  modulePath = validatedPath(modulePath, 'modulePath');

  let execArgv;
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');

  execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// ---- execFile and exec: spawn, and collect the output for a callback.

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');

  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', cwd: null,
    env: null, shell: false, ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell,
    signal: options.signal, uid: options.uid, windowsHide: !!options.windowsHide,
    argv0: options.argv0,
  });

  let encoding;
  const _stdout = [];
  const _stderr = [];
  if (options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) {
    encoding = options.encoding;
  } else {
    encoding = null;
  }
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;

    const stdout = join(_stdout, encoding);
    const stderr = join(_stderr, encoding);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('util').getSystemErrorName(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, which) {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
      const total = (which === 'stdout' ? stdoutLen : stderrLen) + length;
      if (total > options.maxBuffer) {
        const room = options.maxBuffer - (total - length);
        chunks.push(encoding ? chunk.slice(0, room) : chunk.subarray(0, room));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
      if (which === 'stdout') stdoutLen = total;
      else stderrLen = total;
    });
  }
  collect(child.stdout, _stdout, 'stdout');
  collect(child.stderr, _stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function join(chunks, encoding) {
  if (encoding) return chunks.join('');
  return Buffer.concat(chunks);
}

// ---- The synchronous forms.

function spawnSync(file, args, options) {
  options = {
    maxBuffer: 1024 * 1024,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;

  if (options.input) {
    const stdin = options.stdio[0] = { ...options.stdio[0] };
    stdin.input = options.input;
  }
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input != null) {
      const pipe = options.stdio[i] = { ...options.stdio[i] };
      if (typeof input === 'string') {
        pipe.input = Buffer.from(input, options.encoding);
      } else if (!ArrayBuffer.isView(input)) {
        throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`,
                                       ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
    }
  }
  return spawnSyncInternal(options);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file];
  errArgs.push(...(args || []));
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function normalizeExecFileArgs(file, args, options) {
  if (Array.isArray(args)) args = args.slice();
  else if (args != null && typeof args === 'object') {
    options = args;
    args = null;
  } else if (args != null) {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options };
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { file, args, options };
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
  _forkChild: require('internal/child_process').forkChild,
};
