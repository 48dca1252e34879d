// V8's own TypeError for reading a property of null.
const config = null;
console.log(config.port);
