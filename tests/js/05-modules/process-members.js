// flags: --expose-internals --stack-size=2000
// The members of process that describe and measure it. Only facts that
// hold on every machine are printed: types, key sets, invariants.
'use strict';

const semver = /^v\d+\.\d+\.\d+$/;
console.log('version', semver.test(process.version), process.version.startsWith('v20.'));
console.log('versions.node', `v${process.versions.node}` === process.version);
for (const key of ['node', 'v8', 'uv', 'zlib', 'openssl']) {
  console.log('versions', key, typeof process.versions[key]);
}
console.log('versions read-only', Object.getOwnPropertyDescriptor(process.versions, 'v8').writable);
console.log('release', process.release.name);
console.log('platform arch', process.platform, ['x64', 'arm64', 'ia32', 'arm'].includes(process.arch));
console.log('execArgv', process.execArgv);
console.log('features', Object.keys(process.features));
console.log('features types', Object.values(process.features).map((v) => typeof v));
console.log('config', Object.keys(process.config));
for (const key of ['version', 'versions', 'arch', 'platform', 'release', 'features']) {
  const d = Object.getOwnPropertyDescriptor(process, key);
  console.log('descriptor', key, d.writable, d.enumerable);
}

// title: readable, writable, always a string
console.log('title', typeof process.title);
process.title = 'short';
console.log('title set', process.title);
process.title = 42;
console.log('title coerced', typeof process.title, process.title);

// memory
const memory = process.memoryUsage();
console.log('memoryUsage', Object.keys(memory));
console.log('memoryUsage numbers', Object.values(memory).every((v) => Number.isInteger(v) && v >= 0));
console.log('heapUsed <= heapTotal', memory.heapUsed <= memory.heapTotal);
console.log('rss', typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);

// CPU time: microseconds, monotonic, differences against a previous reading
const cpu1 = process.cpuUsage();
let x = 0;
for (let i = 0; i < 1e6; i++) x += i;
const cpu2 = process.cpuUsage();
console.log('cpuUsage', Object.keys(cpu1), cpu2.user >= cpu1.user, cpu2.system >= cpu1.system);
const diff = process.cpuUsage(cpu1);
console.log('cpuUsage diff', diff.user >= 0, diff.system >= 0, diff.user <= cpu2.user + 1e6);
function tryCall(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
tryCall('cpuUsage(1)', () => process.cpuUsage(1));
tryCall('cpuUsage([])', () => process.cpuUsage([]));
tryCall('cpuUsage({})', () => process.cpuUsage({}));
tryCall('cpuUsage(user only)', () => process.cpuUsage({ user: 1 }));
tryCall('cpuUsage(string)', () => process.cpuUsage({ user: '1', system: 2 }));
tryCall('cpuUsage(negative)', () => process.cpuUsage({ user: -1, system: 2 }));
tryCall('cpuUsage(NaN)', () => process.cpuUsage({ user: 1, system: NaN }));
tryCall('cpuUsage(huge)', () => process.cpuUsage({ user: 1e20, system: 1 }));
tryCall('cpuUsage(0)', () => typeof process.cpuUsage(0).user);

// resources
const usage = process.resourceUsage();
console.log('resourceUsage', Object.keys(usage));
console.log('resourceUsage numbers', Object.values(usage).every((v) => typeof v === 'number' && v >= 0));
console.log('maxRSS', usage.maxRSS > 0);

// uptime: seconds, growing
const up1 = process.uptime();
const up2 = process.uptime();
console.log('uptime', typeof up1, up1 > 0, up1 < 60, up2 >= up1);

// umask: numbers and octal strings, Node's errors
const original = process.umask(0o22);
tryCall('umask()', () => process.umask().toString(8));
tryCall('umask(string)', () => process.umask('077').toString(8));
tryCall('umask after', () => process.umask(undefined).toString(8));
tryCall('umask(bad string)', () => process.umask('0o22'));
tryCall('umask(object)', () => process.umask({}));
tryCall('umask(null)', () => process.umask(null));
tryCall('umask(-1)', () => process.umask(-1));
tryCall('umask(1.5)', () => process.umask(1.5));
tryCall('umask(2**32)', () => process.umask(2 ** 32));
tryCall('umask(0o1777)', () => process.umask(0o1777).toString(8));
tryCall('umask masked', () => process.umask().toString(8));
process.umask(original);

// kill: signal numbers and names, Node's errors
tryCall('kill(self, 0)', () => process.kill(process.pid, 0));
tryCall('kill(no such pid)', () => process.kill(2 ** 30, 0));
tryCall('kill(unknown name)', () => process.kill(process.pid, 'SIGFOO'));
tryCall('kill(lower case)', () => process.kill(process.pid, 'sigterm'));
tryCall('kill(object)', () => process.kill(process.pid, {}));
tryCall('kill(string pid)', () => process.kill('x'));
tryCall('kill(NaN)', () => process.kill(NaN));
tryCall('kill(bad number)', () => process.kill(process.pid, 999));
tryCall('kill error keys', () => {
  try { process.kill(2 ** 30); } catch (e) { return [Object.keys(e), e.errno < 0]; }
});
let seen;
const realKill = process._kill;
process._kill = (pid, signal) => { seen = signal; return 0; };
tryCall('kill(name)', () => [process.kill(process.pid, 'SIGHUP'), seen]);
tryCall('kill(default)', () => [process.kill(process.pid), seen]);
process._kill = realKill;

// hrtime (stage 02's)
const t = process.hrtime();
console.log('hrtime', t.length, Number.isInteger(t[0]), t[1] < 1e9);
const d = process.hrtime(t);
console.log('hrtime diff', d[0] >= 0, d[1] >= 0);
console.log('hrtime.bigint', typeof process.hrtime.bigint());
