exports.util = 'util';
