// util.inspect's numericSeparator: integer parts grouped by threes from the
// right, fractions from the left, bigints too; also in formatWithOptions's
// %d %i %f %s. (Node 20 prints 1e-7 as '1e-.1e-_7' with it: a Node bug this
// runtime does not copy, so it is not among the inputs.)
const u = require('util');
for (const v of [1234.56789, 123456789n, -1234567, 0.0001234567, 1e21, 12345.6, 999, 1000, -0, NaN,
                 123456.1234, -Infinity, 0.5, 2 ** 53, -12345678901234567890n]) {
  console.log(u.inspect(v, { numericSeparator: true }), u.inspect(v));
}
console.log(u.inspect({ a: [1234567, new Number(12345.678), Object(12345n)] }, { numericSeparator: true }));
console.log(u.inspect(new Float64Array([1234.5, 1e6]), { numericSeparator: true }));
console.log(u.inspect({ [u.inspect.custom](d, o) { return String(o.numericSeparator); } }, { numericSeparator: true }));
console.log(u.formatWithOptions({ numericSeparator: true }, '%O %d', 12345, 12345));
console.log(u.formatWithOptions({ numericSeparator: true }, '%d %i %f %s %j', 12345.5, 12345.5, 12345.5, 12345.5, 12345.5), u.formatWithOptions({ numericSeparator: true }, '%d %i', 12345n, 12345n));
