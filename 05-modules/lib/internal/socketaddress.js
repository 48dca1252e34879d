// net.SocketAddress: an IP address, a port, a family and an IPv6 flow
// label, checked once and then immutable. (Node: lib/internal/socketaddress.js,
// which keeps the address in C++ as a sockaddr.)
//
// Here the address lives as a number: a 128-bit BigInt, with an IPv4 address
// a.b.c.d stored as the IPv4-mapped IPv6 address ::ffff:a.b.c.d. One number
// space for both families is what lets BlockList compare an IPv6 peer such
// as ::ffff:10.0.0.1 with an IPv4 rule. The text of an address is rebuilt
// from the number, so that '::0001' reads back as '::1', as it does from a
// sockaddr.
'use strict';

const { codes: { ERR_INVALID_ARG_VALUE }, codes } = require('internal/errors');
const { validateObject, validatePort, validateString } = require('internal/validators');
const { validateUint32 } = require('internal/fs/utils');
const { isIPv4, isIPv6 } = require('internal/net');

const kValue = Symbol('kValue');  // the address as a 128-bit BigInt
const kFields = Symbol('kFields');
const kMappedPrefix = 0xffffn << 32n;  // ::ffff:0:0/96

function ipv4ToBigInt(text) {
  return text.split('.').reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

// "1:2::3", "::ffff:1.2.3.4", "fe80::1%eth0" -> 128 bits (the zone is dropped).
function ipv6ToBigInt(text) {
  text = text.split('%')[0];
  const groups = (side) => {
    if (side === '') return [];
    const parts = side.split(':');
    const last = parts[parts.length - 1];
    if (last.includes('.')) {
      const v4 = ipv4ToBigInt(last);
      parts.splice(-1, 1, String((v4 >> 16n).toString(16)), String((v4 & 0xffffn).toString(16)));
    }
    return parts.map((group) => BigInt(`0x${group}`));
  };
  const gap = text.indexOf('::');
  let all;
  if (gap === -1) {
    all = groups(text);
  } else {
    const head = groups(text.slice(0, gap));
    const tail = groups(text.slice(gap + 2));
    all = [...head, ...new Array(8 - head.length - tail.length).fill(0n), ...tail];
  }
  return all.reduce((value, group) => (value << 16n) | group, 0n);
}

function formatIPv4(value) {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

// The canonical text (RFC 5952, as inet_ntop writes it): lowercase, no leading zeros, the longest
// run of two or more zero groups (the first, on a tie) written as "::".
function formatIPv6(value) {
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // An IPv4 address inside IPv6 keeps its dots: ::ffff:a.b.c.d (mapped) and
  // ::a.b.c.d (the old "compatible" form), as inet_ntop writes them.
  if (groups.slice(0, 5).every((group) => group === 0) &&
      (groups[5] === 0xffff || (groups[5] === 0 && groups[6] !== 0))) {
    return `::${groups[5] === 0xffff ? 'ffff:' : ''}${formatIPv4(value & 0xffffffffn)}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (list) => list.map((group) => group.toString(16)).join(':');
  if (bestStart === -1) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kValue] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv6' ? '::' : '127.0.0.1'), port = 0, flowlabel = 0 } =
      options;
    validateString(family, 'options.family');
    family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    let value;
    if (family === 'ipv4' && isIPv4(address)) value = kMappedPrefix | ipv4ToBigInt(address);
    else if (family === 'ipv6' && isIPv6(address)) value = ipv6ToBigInt(address);
    else throw new codes.ERR_INVALID_ADDRESS();
    this[kValue] = value;
    this[kFields] = {
      address: family === 'ipv4' ? formatIPv4(value & 0xffffffffn) : formatIPv6(value),
      port: port | 0,
      family,
      flowlabel: flowlabel | 0,
    };
  }

  get address() { return this[kFields].address; }
  get port() { return this[kFields].port; }
  get family() { return this[kFields].family; }
  get flowlabel() { return this[kFields].flowlabel; }

  toJSON() {
    return { ...this[kFields] };
  }
}

SocketAddress.prototype[Symbol.for('nodejs.util.inspect.custom')] = function(depth, options) {
  if (depth < 0) return this;
  const { inspect } = require('internal/util/inspect');
  const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `SocketAddress ${inspect(this.toJSON(), inner)}`;
};

module.exports = { SocketAddress, kValue, kMappedPrefix, formatIPv4, formatIPv6 };
