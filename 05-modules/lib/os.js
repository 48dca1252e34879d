// `os`: the machine, the system and the user, from libuv (the `os` binding,
// 05-modules/os_binding.cc). (Node: lib/os.js.)
'use strict';

const binding = internalBinding('os');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateNumber } = require('internal/validators');

// Calls a binding function whose last argument is a context object it fills
// on failure, and throws Node's ERR_SYSTEM_ERROR from it.
function checked(fn) {
  return function call(...args) {
    const ctx = {};
    const result = fn(...args, ctx);
    if (ctx.code !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return result;
  };
}

const getHostname = checked(binding.getHostname);
const getOSInformation = checked(binding.getOSInformation);
const getHomeDirectory = checked(binding.getHomeDirectory);
const getUptime = checked(binding.getUptime);
const getInterfaceAddresses = checked(binding.getInterfaceAddresses);
const getPriorityRaw = checked(binding.getPriority);

let osInformation;
function uname() {
  osInformation ??= getOSInformation();
  return osInformation;
}

function cpus() {
  const data = binding.getCPUs();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5],
               irq: data[i + 6] },
    });
  }
  return result;
}

function loadavg() {
  const loads = new Float64Array(3);
  binding.getLoadAvg(loads);
  return [loads[0], loads[1], loads[2]];
}

function networkInterfaces() {
  const data = getInterfaceAddresses() ?? [];
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = data.slice(i, i + 7);
    const entry = { address, netmask, family, mac, internal, cidr: cidrOf(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

// '127.0.0.1/8': the address and the number of set bits in its netmask.
function cidrOf(address, netmask, family) {
  let bits = 0;
  const parts = family === 'IPv4' ? netmask.split('.').map(Number) :
    netmask.split(':').filter(Boolean).map((part) => parseInt(part, 16));
  for (const part of parts) {
    for (let value = part; value; value >>= 1) bits += value & 1;
  }
  return `${address}/${bits}`;
}

function userInfo(options = {}) {
  const ctx = {};
  const user = binding.getUserInfo(options, ctx);
  if (ctx.code !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return user;
}

function getPriority(pid = 0) {
  validateNumber(pid, 'pid');
  return getPriorityRaw(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) [pid, priority] = [0, pid];
  validateNumber(pid, 'pid');
  validateNumber(priority, 'priority', -20, 19);
  const ctx = {};
  binding.setPriority(pid, priority, ctx);
  if (ctx.code !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

const { constants: bindingConstants } = binding;
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256,
                          RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: Object.freeze(bindingConstants.errno),
  signals: Object.freeze(bindingConstants.signals),
  priority: Object.freeze(bindingConstants.priority),
};

// Node's os functions also convert to their value (`${os.hostname}`).
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

module.exports = {
  arch: () => ({ x86_64: 'x64', aarch64: 'arm64', i686: 'ia32' })[uname()[3]] ?? uname()[3],
  availableParallelism: binding.getAvailableParallelism,
  cpus,
  endianness: () => (binding.isBigEndian ? 'BE' : 'LE'),
  freemem: withPrimitive(binding.getFreeMem),
  getPriority,
  homedir: withPrimitive(getHomeDirectory),
  hostname: withPrimitive(getHostname),
  loadavg,
  networkInterfaces,
  platform: () => 'linux',
  release: withPrimitive(() => uname()[2]),
  setPriority,
  tmpdir: withPrimitive(tmpdir),
  totalmem: withPrimitive(binding.getTotalMem),
  type: withPrimitive(() => uname()[0]),
  userInfo,
  uptime: withPrimitive(getUptime),
  version: withPrimitive(() => uname()[1]),
  machine: withPrimitive(() => uname()[3]),
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
