exports.from_a = 'a';
