'use strict';
module.exports = { Url() {}, parse() {}, resolve() {}, resolveObject() {}, format() {} };
