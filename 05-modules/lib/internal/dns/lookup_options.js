// The options of dns.lookup() and dns.promises.lookup(), checked and read
// the same way for both: a family number, or { family, hints, all,
// verbatim, order }. (Node parses them in each of lib/dns.js and
// lib/internal/dns/promises.js.)
'use strict';

const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = internalBinding('cares_wrap');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateBoolean, validateNumber, validateOneOf } = require('internal/validators');
const { getDefaultResultOrder } = require('internal/dns/utils');

const kFamilies = [0, 4, 6];

// -> { family: 0 | 4 | 6, hints, all, order: 'verbatim' | 'ipv4first' | 'ipv6first' }
function parseLookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = getDefaultResultOrder();
  if (typeof options === 'number') {
    validateOneOf(options, 'family', kFamilies);
    return { family: options, hints, all, order };
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    hints = options.hints >>> 0;
    if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
      throw new ERR_INVALID_ARG_VALUE('hints', hints);
    }
  }
  if (options?.family != null) {
    if (options.family === 'IPv4') {
      family = 4;
    } else if (options.family === 'IPv6') {
      family = 6;
    } else {
      validateOneOf(options.family, 'options.family', kFamilies);
      family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
    order = options.order;
  }
  return { family, hints, all, order };
}

module.exports = { parseLookupOptions };
