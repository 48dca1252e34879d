// require() of an ES module, as Node 20.19 and later allow it: the
// namespace (with __esModule when there is a default export), the same
// record as import() gives, .js under "type": "module", and the errors:
// a graph with top-level await, and a module that throws.
const path = require('path');
const show = (value) => String(value).split(__dirname).join('DIR');

const counter = require('./esm/counter.mjs');
console.log('namespace:', counter, counter.__esModule);
counter.increment();
console.log('live:', counter.count, require('./esm/counter.mjs').count);
console.log('type module .js:', require('./esm/pkg-type/esm.js'));
try {
  require('./esm/tla.mjs');
} catch (error) {
  console.log(error.code, JSON.stringify(show(error.message)));
}
try {
  require('./esm/throws.mjs');
} catch (error) {
  console.log('throws:', error.message);
}
import('./esm/counter.mjs').then((namespace) => {
  console.log('import() sees the same record:', namespace.count);
  console.log('require.cache has it:', path.join(__dirname, 'esm/counter.mjs') in require.cache);
});
