import { basename } from 'node:path';
export const name = basename(import.meta.url);
