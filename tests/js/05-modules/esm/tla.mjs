export const before = 'before await';
export const value = await new Promise((resolve) => setTimeout(() => resolve('awaited'), 1));
