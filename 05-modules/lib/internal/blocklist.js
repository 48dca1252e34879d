// net.BlockList: rules that match addresses (one address, a range, a
// subnet), for a server or a client to refuse peers. (Node:
// lib/internal/blocklist.js, over a C++ SocketAddressBlockList.)
//
// Every address is a SocketAddress, whose value is a 128-bit number with
// IPv4 mapped into IPv6 (::ffff:a.b.c.d): a rule is then a closed interval
// of numbers, and check() asks whether any interval holds the address. An
// IPv4 subnet a.b.c.d/p is the IPv6 subnet ::ffff:a.b.c.d/(96 + p), so a
// rule for 10.0.0.0/8 also matches the peer ::ffff:10.1.2.3.
'use strict';

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateString } = require('internal/validators');
const { validateInt32 } = require('internal/fs/utils');
const { SocketAddress, kValue } = require('internal/socketaddress');

const kRules = Symbol('kRules');

// An address given as text and family, or a SocketAddress as it is.
function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

const describeFamily = (address) => (address.family === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  constructor() {
    // Each rule: { low, high, text }, the newest first (as `rules` lists them).
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, family, 'address');
    this[kRules].unshift({ low: address[kValue], high: address[kValue],
                           text: `Address: ${describeFamily(address)} ${address.address}` });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, family, 'start');
    end = toSocketAddress(end, family, 'end');
    if (start[kValue] > end[kValue]) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    const text = `Range: ${describeFamily(start)} ${start.address}-${end.address}`;
    this[kRules].unshift({ low: start[kValue], high: end[kValue], text });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, family, 'network');
    const ipv4 = network.family === 'ipv4';
    validateInt32(prefix, 'prefix', 0, ipv4 ? 32 : 128);
    const hostBits = BigInt((ipv4 ? 32 : 128) - prefix);
    const mask = (1n << hostBits) - 1n;
    const low = network[kValue] & ~mask;
    const text = `Subnet: ${describeFamily(network)} ${network.address}/${prefix}`;
    this[kRules].unshift({ low, high: low | mask, text });
  }

  // true if a rule matches; an address that is not one of `family` is false.
  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const value = address[kValue];
    return this[kRules].some((rule) => rule.low <= value && value <= rule.high);
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }
}

BlockList.prototype[Symbol.for('nodejs.util.inspect.custom')] = function(depth, options) {
  if (depth < 0) return this;
  const { inspect } = require('internal/util/inspect');
  const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `BlockList ${inspect({ rules: this.rules }, inner)}`;
};

module.exports = { BlockList };
