// A promise rejected with an Error and never handled: printed, exit code 1.
console.log('main');
Promise.reject(new Error('nobody handles me'));
setTimeout(() => console.log('must not run'), 1);
