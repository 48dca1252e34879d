// A rejection handled in the same tick is fine; one still unhandled after
// the queues are drained ends the program, as an uncaught exception would.
const early = Promise.reject(new Error('handled in a nextTick'));
process.nextTick(() => early.catch((e) => console.log('caught:', e.message)));

async function fetchConfig() {
  await null;
  throw new Error('config missing');
}
setTimeout(() => {
  console.log('calling fetchConfig() without a catch...');
  fetchConfig();
}, 1);
setTimeout(() => console.log('never printed: the process has ended'), 50);
