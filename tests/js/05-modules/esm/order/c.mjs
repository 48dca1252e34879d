import { a } from './a.mjs'; console.log('evaluate c, after', a); export const c = 'c';
