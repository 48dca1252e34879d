// plain CommonJS stays CommonJS, even though it would also parse as a module
exports.kind = 'commonjs';
