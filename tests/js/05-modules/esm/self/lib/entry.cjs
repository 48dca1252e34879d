exports.via = 'require';
