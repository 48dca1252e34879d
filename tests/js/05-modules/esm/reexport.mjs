export * from './counter.mjs';
export { default as counterDefault } from './counter.mjs';
export * as counterNamespace from './counter.mjs';
