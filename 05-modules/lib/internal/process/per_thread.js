// The members of `process` that read or change the process itself: what it
// costs (memory, CPU time, resources), its mask, its title, its signals.
// (Node: lib/internal/process/per_thread.js.)
//
// The natives (05-modules/process_methods.cc, process_usage.cc) only read
// the kernel's and V8's counters; here is everything Node does around them:
// argument checks with Node's errors, objects with Node's keys, differences
// against a previous reading. Counters are read into one Float64Array made
// once, so a call makes no garbage beyond its result.
'use strict';

const binding = internalBinding('process_methods');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL,
} = require('internal/errors').codes;
const { validateNumber, validateObject } = require('internal/validators');

const fields = new Float64Array(16);

// A CPU time given back to cpuUsage(prev): a number of microseconds.
function isValidCpuTime(value) {
  return typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
}

function cpuUsage(prevValue) {
  binding.cpuUsage(fields);
  const user = fields[0];
  const system = fields[1];
  if (prevValue) {
    // Node checks the object only once `user` is found wrong, and so do we:
    // the messages then name the first thing that is wrong.
    if (!isValidCpuTime(prevValue.user)) {
      validateObject(prevValue, 'prevValue');
      validateNumber(prevValue.user, 'prevValue.user');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
    }
    if (!isValidCpuTime(prevValue.system)) {
      validateNumber(prevValue.system, 'prevValue.system');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
    }
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
}

function memoryUsage() {
  binding.memoryUsage(fields);
  return {
    rss: fields[0],
    heapTotal: fields[1],
    heapUsed: fields[2],
    external: fields[3],
    arrayBuffers: fields[4],
  };
}

const resourceUsageKeys = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
];
function resourceUsage() {
  binding.resourceUsage(fields);
  const usage = {};
  resourceUsageKeys.forEach((key, i) => { usage[key] = fields[i]; });
  return usage;
}

// umask() reads the mask; umask(mask) sets it, from a number or an octal
// string ('022'), as Node's parseFileMode reads modes. Both return the old one.
function umask(mask) {
  if (mask !== undefined) {
    mask ??= undefined;  // null is refused as undefined would be, as in Node
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw new ERR_INVALID_ARG_VALUE('mask', mask,
                                        'must be a 32-bit unsigned integer or an octal string');
      }
      mask = Number.parseInt(mask, 8);
    }
    validateUint32(mask, 'mask');
  }
  return binding.umask(mask);
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) {
    throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
  }
}

// kill(pid, signal): a signal by number (0 tests that the process exists)
// or by name ('SIGTERM' when none is given). A failure is an Error as Node
// makes it from errno: "kill ESRCH", with errno, code and syscall.
function kill(pid, signal) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);  // eslint-disable-line eqeqeq
  let number;
  if (signal === (signal | 0)) {
    number = signal;
  } else {
    signal = signal || 'SIGTERM';
    const { signals } = require('os').constants;
    if (!Object.hasOwn(signals, signal)) throw new ERR_UNKNOWN_SIGNAL(signal);
    number = signals[signal];
  }
  const err = process._kill(pid, number);
  if (err) {
    const code = internalBinding('uv').errname(err);
    const error = new Error(`kill ${code}`);
    error.errno = err;
    error.code = code;
    error.syscall = 'kill';
    throw error;
  }
  return true;
}

module.exports = { cpuUsage, kill, memoryUsage, resourceUsage, umask };
