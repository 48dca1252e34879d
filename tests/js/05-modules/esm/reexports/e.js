exports.from_e = 'e';
