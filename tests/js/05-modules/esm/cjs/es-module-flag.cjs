Object.defineProperty(exports, '__esModule', { value: true });
exports.default = 'exports.default';
exports.named = 'named';
