exports.from_c = 'c';
