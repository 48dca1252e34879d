// args: first second
// process.argv, process.env, hrtime and performance.now.
console.log(process.argv.length, process.argv.slice(2));
console.log(process.argv[1].endsWith('process-basics.js'));
process.env.STAGE_02_TEST = 42;
console.log(typeof process.env.STAGE_02_TEST, process.env.STAGE_02_TEST);
console.log('STAGE_02_TEST' in process.env, Object.keys(process.env).includes('STAGE_02_TEST'));
delete process.env.STAGE_02_TEST;
console.log(process.env.STAGE_02_TEST, 'STAGE_02_TEST' in process.env);
const [seconds, nanos] = process.hrtime();
console.log(Number.isInteger(seconds), Number.isInteger(nanos), nanos < 1e9);
const diff = process.hrtime([seconds, nanos]);
console.log(diff[0] >= 0 && diff[1] >= 0);
const start = process.hrtime.bigint();
console.log(typeof start, process.hrtime.bigint() >= start);
const now = performance.now();
console.log(typeof now, now > 0, performance.now() >= now);
