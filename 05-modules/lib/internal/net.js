// The syntax of IP addresses: net.isIP, isIPv4, isIPv6. (Node:
// lib/internal/net.js, which uses two large regular expressions.)
//
// Written here as two small parsers, because the rules read better as code:
//
//   IPv4  four decimal numbers 0..255 joined by dots; no leading zeros
//         ("010.0.0.1" is not an address: some parsers read 010 as octal)
//   IPv6  eight groups of 1..4 hex digits joined by colons; one "::" may
//         stand for one or more groups of zeros; the last two groups may be
//         written as an IPv4 address ("::ffff:127.0.0.1"); an optional zone
//         ("fe80::1%eth0") names the interface
'use strict';

function isIPv4(s) {
  if (typeof s !== 'string') s = `${s}`;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return false;
  }
  return true;
}

// The groups of one side of "::": each 1..4 hex digits; the last may be an
// IPv4 address when `tailMayBeV4`. Returns how many 16-bit groups, or -1.
function countGroups(text, tailMayBeV4) {
  if (text === '') return 0;
  const groups = text.split(':');
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
      count += 1;
    } else if (tailMayBeV4 && i === groups.length - 1 && isIPv4(group)) {
      count += 2;
    } else {
      return -1;
    }
  }
  return count;
}

function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`;
  const percent = s.indexOf('%');
  if (percent !== -1) {
    if (!/^[0-9a-zA-Z\-.:]+$/.test(s.slice(percent + 1))) return false;
    s = s.slice(0, percent);
  }
  const gap = s.indexOf('::');
  if (gap === -1) return countGroups(s, true) === 8;
  if (s.indexOf('::', gap + 1) !== -1) return false;  // at most one "::"
  const head = countGroups(s.slice(0, gap), false);
  const tail = countGroups(s.slice(gap + 2), true);
  // "::" stands for at least one group.
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
