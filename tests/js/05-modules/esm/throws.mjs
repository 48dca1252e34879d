export const ok = 1;
throw new Error('thrown while evaluating throws.mjs');
