const own = 'own';
module.exports = { own, ...require('./literal.cjs') };
