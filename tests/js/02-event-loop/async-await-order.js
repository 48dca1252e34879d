// The classic ordering puzzle: async functions, await and the queues.
async function first() {
  console.log('first start');
  await second();
  console.log('first after await');
}
async function second() {
  console.log('second');
}
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
first();
new Promise((resolve) => {
  console.log('promise executor');
  resolve();
}).then(() => console.log('promise then'));
process.nextTick(() => console.log('nextTick'));
console.log('script end');
