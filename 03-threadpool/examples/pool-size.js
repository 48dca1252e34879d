// The UV_THREADPOOL_SIZE experiment. Four PBKDF2 jobs of 100,000 rounds are
// queued at once; each prints when it finishes. Try:
//
//   UV_THREADPOOL_SIZE=1 build/bin/03-threadpool 03-threadpool/examples/pool-size.js
//   UV_THREADPOOL_SIZE=2 build/bin/03-threadpool 03-threadpool/examples/pool-size.js
//   UV_THREADPOOL_SIZE=4 build/bin/03-threadpool 03-threadpool/examples/pool-size.js
//
// With one worker the jobs finish one after another; with more, they run
// side by side, up to the number of cores (this example cannot go faster
// than the machine has cores: the work is pure computation).
const crypto = require('crypto');

const size = process.env.UV_THREADPOOL_SIZE || '4 (the default)';
const start = performance.now();
const elapsed = () => `${Math.round(performance.now() - start)} ms`.padStart(7);
console.log(`pool size ${size}: queueing 4 jobs`);
let done = 0;
for (let job = 1; job <= 4; job++) {
  crypto.pbkdf2('password', `salt ${job}`, 100000, 32, 'sha256', () => {
    console.log(`${elapsed()}  job ${job} done`);
    if (++done === 4) console.log(`${elapsed()}  all four done`);
  });
}
