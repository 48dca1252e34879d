exports.from_b = 'b';
