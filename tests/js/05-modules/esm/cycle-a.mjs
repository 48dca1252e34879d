import { b, readA } from './cycle-b.mjs';
export const a = 'a';
export const seenFromB = readA();
export { b };
