import { nothing } from './counter.mjs';
export default nothing;
