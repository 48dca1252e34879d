const x = 1;
module.exports = { x, y: 2, z: x };
