// What a worker's uncaught exception or unhandled rejection becomes in the
// parent: an 'error' event with the error's class, name, code and own
// properties, then 'exit' with code 1.
const { Worker } = require('worker_threads');

const cases = [
  'throw new TypeError("plain type error")',
  'class E extends RangeError { constructor() { super("custom"); this.name = "E"; this.code = "E_X"; this.extra = [1, { two: 2 }]; } } throw new E()',
  'Promise.reject(new SyntaxError("rejected"))',
  'Promise.reject("a string")',
  'throw 42',
  'throw { shape: "object" }',
  'process.on("unhandledRejection", () => {}); Promise.reject(new Error("ignored"))',
];
(function next() {
  const code = cases.shift();
  const worker = new Worker(code, { eval: true });
  worker.on('error', (error) => {
    if (error instanceof Error) {
      console.log('error:', Object.getPrototypeOf(error).constructor.name, error.name,
                  error.code, JSON.stringify(error.extra), error.message);
    } else {
      console.log('error value:', error);
    }
  });
  worker.on('exit', (code) => {
    console.log('exit', code);
    if (cases.length > 0) next();
  });
})();
