console.log('evaluate a'); export const a = 'a';
