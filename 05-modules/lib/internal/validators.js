// Argument checks that throw Node's errors. (Node: lib/internal/validators.js.)
'use strict';

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateNonEmptyString(value, name) {
  validateString(value, name);
  if (value === '') throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a non-empty string');
}

module.exports = {
  validateArray, validateFunction, validateNonEmptyString, validateObject, validateString,
};
