// require() of a built-in and of a file, and what the loader knows about them.
const path = require('path');
const greeting = require('./lib/greeting');

console.log(greeting.greet('modules'));
console.log('greeting.js is', path.relative(__dirname, greeting.loadedFrom));
console.log('cached as', Object.keys(require.cache).map((f) => path.relative(__dirname, f)));
console.log('require("./lib/greeting") twice is the same object:',
            require('./lib/greeting') === greeting);
console.log('this module is the main one:', require.main === module);
