exports.from_d = 'd';
