// import() resolves against the module that calls it: this file's folder
// (with its node_modules), whoever calls load().
export const load = (specifier) => import(specifier);
