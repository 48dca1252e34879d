"use strict";
// What Babel writes for `export * from './c'` and './d'
Object.defineProperty(exports, "__esModule", {
  value: true
});
var _exportNames = {
  mine: true
};
exports.mine = void 0;
var _c = require("./c");
Object.keys(_c).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
  if (key in exports && exports[key] === _c[key]) return;
  Object.defineProperty(exports, key, {
    enumerable: true,
    get: function () {
      return _c[key];
    }
  });
});
var _d = _interopRequireWildcard(require("./d"));
Object.keys(_d).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  exports[key] = _d[key];
});
function _interopRequireWildcard(obj) { return obj; }
const mine = 'babel';
exports.mine = mine;
