const a = 1;
const c = 3;
function fn() {}
module.exports = { a, b: c, 'quoted-key': fn, d() {}, after: a };
