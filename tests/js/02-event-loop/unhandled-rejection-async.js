// An async function that throws after an await, with no catch.
async function load() {
  await null;
  throw new TypeError('async failure');
}
load();
process.nextTick(() => console.log('tick runs before the report'));
