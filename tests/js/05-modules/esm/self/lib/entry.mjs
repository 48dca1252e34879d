export const via = 'import';
