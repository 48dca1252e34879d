"use strict";
// What TypeScript writes for `export * from './a'` (tslib and inline helpers)
var __createBinding = (this && this.__createBinding) || function (o, m, k) {
    Object.defineProperty(o, k, { enumerable: true, get: function () { return m[k]; } });
};
var __exportStar = (this && this.__exportStar) || function (m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var tslib_1 = { __exportStar: __exportStar };
Object.defineProperty(exports, "__esModule", { value: true });
exports.own = void 0;
__exportStar(require("./a"), exports);
tslib_1.__exportStar(require("./b"), exports);
exports.own = 'ts';
