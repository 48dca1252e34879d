import { a } from './cycle-a.mjs';
export const b = 'b';
// Called by cycle-a.mjs once its own `a` is initialized.
export function readA() {
  return a;
}
