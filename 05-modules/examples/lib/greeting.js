// A module of the example: what it assigns to module.exports is what
// require() returns.
exports.greet = (name) => `hello, ${name}`;
exports.loadedFrom = __filename;
