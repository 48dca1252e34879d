// process.allowedNodeEnvironmentFlags: a read-only Set of options whose
// has() takes a flag as a user writes it.
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, flags.constructor.name, Object.isFrozen(flags));
console.log(flags === process.allowedNodeEnvironmentFlags);

const present = ['--input-type', 'input_type', '--input-type=module', '--unhandled-rejections',
  '--trace-uncaught', 'trace_uncaught', '--no-warnings', '--no_warnings', '--no-deprecation',
  '--throw-deprecation', '--trace-deprecation', '--trace-warnings', '--expose-gc',
  '--max-old-space-size=64', '--stack-trace-limit'];
const absent = ['-e', '', '--', '---trace-uncaught', '--v8-options', '--no-such-flag', 5, null];
console.log(present.filter((flag) => !flags.has(flag)));
console.log(absent.filter((flag) => flags.has(flag)));

const size = flags.size;
console.log(flags.add('--no-such-flag') === flags, flags.has('--no-such-flag'));
console.log(flags.delete('--input-type'), flags.has('--input-type'));
console.log(flags.clear(), flags.size === size);
console.log([...flags].every((flag) => typeof flag === 'string' && flags.has(flag)));

process.allowedNodeEnvironmentFlags = 'replaced';
console.log(process.allowedNodeEnvironmentFlags);
