// a top-level await: a CommonJS error, valid module code
export const value = await Promise.resolve('awaited');
