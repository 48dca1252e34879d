// The named exports Node finds in compiled CommonJS: TypeScript's
// __exportStar and __export, Babel's Object.keys(...).forEach copy loops,
// and __esModule from defineProperty; loops that copy something else add
// nothing.
for (const name of ['ts', 'babel', 'old-ts', 'decoy']) {
  const ns = await import(`./esm/reexports/${name}.js`);
  console.log(name, Object.keys(ns).join(' '));
}
const { from_a, from_b, own } = await import('./esm/reexports/ts.js');
console.log(from_a, from_b, own);
