// os: what every machine answers the same way, checked against the
// system's own files where it differs between machines (the record must not
// name this machine); the shapes of the values that change; errors.
const os = require('os');
const fs = require('fs');

const hostname = fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim();
console.log('hostname', os.hostname() === hostname, `${os.hostname}` === hostname);
console.log('release', os.release() === fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
console.log(os.type(), os.platform(), os.endianness(), typeof os.version(), typeof os.machine());
console.log(['x64', 'arm64', 'ia32'].includes(os.arch()) || os.arch());
console.log(os.homedir() === process.env.HOME, os.tmpdir() === (process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'),
            os.EOL === '\n', os.devNull);
console.log(typeof os.totalmem(), os.totalmem() > 0, os.freemem() <= os.totalmem());
const cpus = os.cpus();
console.log(cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times), typeof cpus[0].model,
            typeof cpus[0].speed, os.availableParallelism() > 0);
console.log(os.loadavg().length, os.loadavg().every((n) => typeof n === 'number'), os.uptime() > 0);
const user = os.userInfo();
console.log(Object.keys(user), Object.getPrototypeOf(user), typeof user.uid, user.homedir === os.homedir());
const loopback = os.networkInterfaces().lo.find((entry) => entry.family === 'IPv4');
console.log(loopback);
// The priority this process starts with is the caller's (`nice` changes it);
// lowering it to 19 is allowed to anyone, and reads back the same.
const startPriority = os.getPriority();
os.setPriority(19);
console.log(typeof startPriority, os.getPriority(), os.getPriority(process.pid), os.constants.signals.SIGTERM, os.constants.errno.ENOENT,
            os.constants.priority.PRIORITY_LOW, os.constants.dlopen.RTLD_NOW);
for (const bad of [() => os.setPriority(0, 100), () => os.getPriority('x'),
                   () => os.getPriority(2 ** 30), () => os.userInfo('x')]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
