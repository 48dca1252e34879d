// Punycode (RFC 3492): how a domain label in any script travels as ASCII.
// 'b\u00fccher' becomes 'bcher-kva', written 'xn--bcher-kva' in a host name.
//
// HOW: the ASCII code points of the label are copied first, then a '-', then
// every other code point is described by a "delta": how many (position,
// code point) states to skip, counting upwards from the last one inserted.
// Deltas are written as variable-length numbers in base 36 whose digit
// thresholds adapt to the sizes seen so far ("bias"), so that small gaps
// (text in one script) take one or two letters each.
//
// WHY here: the URL Standard turns a non-ASCII host into ASCII before using
// it (url.domainToASCII); Node does it in C++ (ada), this runtime in JS.
// Labels are worked on as arrays of code points, not UTF-16 units.
'use strict';

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7FFFFFFF;

// After each delta the bias is recomputed so the next thresholds fit the
// scale of the deltas so far (RFC 3492, section 6.1).
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

// Digits 0..25 are 'a'..'z', 26..35 are '0'..'9'.
function digitToChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function charToDigit(code) {
  if (code >= 48 && code <= 57) return code - 22;  // '0'..'9'
  if (code >= 65 && code <= 90) return code - 65;  // 'A'..'Z'
  if (code >= 97 && code <= 122) return code - 97;  // 'a'..'z'
  return BASE;  // not a digit
}

function threshold(k, bias) {
  if (k <= bias) return TMIN;
  if (k >= bias + TMAX) return TMAX;
  return k - bias;
}

// Unicode label -> Punycode (without the 'xn--'). Returns null on overflow.
function encode(label) {
  const input = Array.from(label, (ch) => ch.codePointAt(0));
  let output = '';
  for (const cp of input) if (cp < 0x80) output += String.fromCharCode(cp);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < input.length) {
    // The smallest code point not yet handled is the next to insert.
    let m = MAX_INT;
    for (const cp of input) if (cp >= n && cp < m) m = cp;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of input) {
      if (cp < n && ++delta > MAX_INT) return null;
      if (cp !== n) continue;
      // Write delta as a generalized variable-length integer.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += digitToChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitToChar(q);
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

// Punycode (without the 'xn--') -> Unicode label. Returns null when the
// text is not valid Punycode.
function decode(text) {
  const output = [];
  let basicEnd = text.lastIndexOf('-');
  if (basicEnd < 0) basicEnd = 0;
  for (let j = 0; j < basicEnd; j++) {
    const code = text.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < text.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= text.length) return null;
      const digit = charToDigit(text.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

module.exports = { encode, decode };
