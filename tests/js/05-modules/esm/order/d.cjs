console.log('evaluate d.cjs'); exports.d = 'd';
