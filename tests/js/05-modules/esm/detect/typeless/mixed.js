// module syntax and require(): a module, in which require does not exist
import 'node:path';
export const kind = typeof require;
