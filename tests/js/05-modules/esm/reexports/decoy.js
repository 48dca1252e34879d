"use strict";
// Loops that do not copy a required module's keys to exports: no re-export
var _c = require("./c");
var local = { hidden: 1 };
Object.keys(local).forEach(function (key) {
  exports[key] = local[key];
});
Object.keys(_c).forEach(function (key) {
  console.log(key);
});
