// const require: declared twice in the CommonJS wrapper, fine in a module
const require = () => 'mine';
export const result = require();
