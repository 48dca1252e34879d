module.exports = function greet() {
  return 'hello';
};
module.exports.extra = 'extra';
