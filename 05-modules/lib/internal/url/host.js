// The host of a URL, parsed and serialised as the URL Standard says:
// one of an IPv6 address '[...]', an IPv4 address (from forms such as
// '127.1', '0x7f.0.0.1' or '2130706433'), a domain (made ASCII and lower
// case), or, in a URL whose scheme is not special, an "opaque host" kept as
// written apart from escaping.
//
// parseHost(text, isOpaque) returns the host already serialised (the form
// `url.host` shows), or null for failure.
//
// Domain to ASCII: the Standard asks for Unicode's UTS #46 processing. Node
// gets it from ada's tables; this runtime approximates it with what the
// language gives: 'ignored' characters removed, the ideographic full stops
// read as '.', NFKC normalisation and lower case, then Punycode for each
// non-ASCII label. Left out: UTS #46's disallowed code points, its
// deviation characters, the Bidi and ContextJ checks, and its full case
// folding table. Hosts in ASCII, which are nearly all, are exact.
'use strict';

const punycode = require('internal/url/punycode');
const { C0_CONTROL, percentEncode, percentDecode } = require('internal/url/percent');

// Code points that may never appear in a host; a domain also excludes the
// C0 controls, '%' and DEL.
const FORBIDDEN_HOST = /[\0\t\n\r #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN = /[\0-\x20#%/:<>?@[\\\]^|\x7f]/;

// UTS #46 maps these to nothing (soft hyphen, zero-width space, joiners,
// word joiner, variation selectors, byte order mark).
const IGNORED = /[\u00ad\u034f\u180b-\u180d\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/g;
const DOTS = /[\u3002\uff0e\uff61]/g;
// A few code points UTS #46 disallows, among them U+FFFD, which is what
// bytes that are not UTF-8 (http://%ff/) decode to.
const DISALLOWED = /[\x80-\x9f\ufff9-\uffff]/;

// ---- domains ----

function domainToASCII(domain) {
  let ascii;
  if (/^[\0-\x7f]*$/.test(domain)) {
    ascii = domain.toLowerCase();
  } else {
    const mapped = mapLabel(domain);
    if (DISALLOWED.test(mapped)) return null;
    ascii = mapDomainToASCII(mapped);
    if (ascii === null) return null;
  }
  // A label that claims to be Punycode must decode.
  if (ascii.includes('xn--')) {
    for (const label of ascii.split('.')) {
      if (label.startsWith('xn--') && !isValidPunycodeLabel(label)) return null;
    }
  }
  if (ascii === '' || FORBIDDEN_DOMAIN.test(ascii)) return null;
  return ascii;
}

// ... and decode to a label that the mapping above would leave as it is.
function isValidPunycodeLabel(label) {
  const decoded = punycode.decode(label.slice(4));
  return decoded !== null && /[^\0-\x7f]/.test(decoded) && !DISALLOWED.test(decoded) &&
    mapLabel(decoded) === decoded;
}

function mapLabel(text) {
  return text.replace(IGNORED, '').replace(DOTS, '.').normalize('NFKC').toLowerCase()
    .normalize('NFC');
}

// The mapping and Punycode alone, without the checks: what the legacy
// url.parse() uses (it checks the result for its own forbidden characters).
function mapDomainToASCII(domain) {
  const labels = mapLabel(domain).split('.');
  for (let i = 0; i < labels.length; i++) {
    if (/^[\0-\x7f]*$/.test(labels[i])) continue;
    if (labels[i].startsWith('xn--')) return null;  // claims Punycode, is not ASCII
    const encoded = punycode.encode(labels[i]);
    if (encoded === null) return null;
    labels[i] = `xn--${encoded}`;
  }
  return labels.join('.');
}

// The reverse, for url.domainToUnicode: each 'xn--' label decoded.
function domainToUnicode(domain) {
  const ascii = domainToASCII(domain);
  if (ascii === null) return null;
  return ascii.split('.').map((label) => (label.startsWith('xn--') ?
    punycode.decode(label.slice(4)) : label)).join('.');
}

// ---- IPv4 ----

// One dotted part: decimal, '0x' hexadecimal or '0' octal; null if invalid.
function parseIPv4Number(text) {
  if (text === '') return null;
  let radix = 10;
  if (text.length >= 2 && text[0] === '0' && (text[1] === 'x' || text[1] === 'X')) {
    text = text.slice(2);
    radix = 16;
  } else if (text.length >= 2 && text[0] === '0') {
    text = text.slice(1);
    radix = 8;
  }
  if (text === '') return 0;
  const digits = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!digits.test(text)) return null;
  return parseInt(text, radix);
}

// A domain whose last label is a number is an IPv4 address (or an error):
// 'a.1' fails instead of becoming a name no DNS could have.
function endsInANumber(text) {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46 /* . */) {
    if (end === 1) return false;
    end--;
  }
  const last = text.slice(text.lastIndexOf('.', end - 1) + 1, end);
  if (/^[0-9]+$/.test(last)) return true;
  return last[0] === '0' && parseIPv4Number(last) !== null;
}

// Returns the address as a number, or null. Up to four parts; the last
// one fills all the bytes the others left ('127.1' is 127.0.0.1).
function parseIPv4(text) {
  const parts = text.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === null) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let address = last;
  for (let i = 0; i < numbers.length - 1; i++) address += numbers[i] * 256 ** (3 - i);
  return address;
}

function serializeIPv4(address) {
  const bytes = [];
  for (let i = 0; i < 4; i++) {
    bytes.unshift(address % 256);
    address = Math.floor(address / 256);
  }
  return bytes.join('.');
}

// ---- IPv6 ----

function hexDigit(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function isDigit(code) { return code >= 48 && code <= 57; }

// Eight 16-bit pieces; '::' stands for a run of zero pieces, and the last
// 32 bits may be written as dotted IPv4. Returns the pieces, or null.
function parseIPv6(text) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const at = (i) => (i < text.length ? text.charCodeAt(i) : -1);  // -1: the end
  if (at(p) === 58 /* : */) {
    if (at(p + 1) !== 58) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 58) {
      if (compress !== null) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && hexDigit(at(p)) >= 0) {
      value = value * 16 + hexDigit(at(p));
      p++;
      length++;
    }
    if (at(p) === 46 /* . */) {
      // The rest is an IPv4 address filling two pieces.
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 46 && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const number = at(p) - 48;
          if (piece === null) piece = number;
          else if (piece === 0) return null;  // no leading zeros
          else piece = piece * 10 + number;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 58) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    // Move the pieces after '::' to the end; zeros fill the gap.
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const other = compress + swaps - 1;
      [address[pieceIndex], address[other]] = [address[other], address[pieceIndex]];
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

// The shortest form: hex without leading zeros, and the first longest run
// of two or more zero pieces written '::'.
function serializeIPv6(address) {
  let compress = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      compress = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

// ---- the host parser ----

function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : serializeIPv6(address);
  }
  if (isOpaque) {
    if (FORBIDDEN_HOST.test(input)) return null;
    return percentEncode(input, C0_CONTROL);
  }
  const ascii = domainToASCII(percentDecode(input));
  if (ascii === null) return null;
  if (endsInANumber(ascii)) {
    const address = parseIPv4(ascii);
    return address === null ? null : serializeIPv4(address);
  }
  return ascii;
}

module.exports = { parseHost, domainToASCII, domainToUnicode, mapDomainToASCII };
