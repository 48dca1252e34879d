// `querystring`: 'a=1&b=x%20y' to { a: '1', b: 'x y' } and back.
// (Node: lib/querystring.js.) The separators are parameters ('&' and '='
// by default); a key that appears twice gets an array; '+' is a space when
// parsing; a %-sequence that does not decode stays as it is.
'use strict';

function isHex(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

// Decodes %XX sequences byte by byte (an invalid one is kept literally),
// and '+' as a space when `decodeSpaces`.
function unescapeBuffer(s, decodeSpaces = false) {
  const out = Buffer.alloc(Buffer.byteLength(s));
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 37 /* % */ && i + 2 < s.length && isHex(s.charCodeAt(i + 1)) &&
        isHex(s.charCodeAt(i + 2))) {
      out[length++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else if (code === 43 /* + */ && decodeSpaces) {
      out[length++] = 32;
    } else {
      length += out.write(s[i] + (code >= 0xD800 && code <= 0xDBFF ? s[++i] ?? '' : ''), length);
    }
  }
  return out.subarray(0, length);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function escape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : `${str}`;
  return encodeURIComponent(str);
}

function stringifyPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}`;
  if (typeof value === 'bigint' || typeof value === 'boolean') return `${value}`;
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep ||= '&';
  eq ||= '=';
  const encode = typeof options?.encodeURIComponent === 'function' ?
    options.encodeURIComponent : escape;
  if (obj === null || typeof obj !== 'object') return '';
  const pairs = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const encodedKey = `${encode(stringifyPrimitive(key))}${eq}`;
    if (Array.isArray(value)) {
      for (const item of value) pairs.push(encodedKey + encode(stringifyPrimitive(item)));
    } else {
      pairs.push(encodedKey + encode(stringifyPrimitive(value)));
    }
  }
  return pairs.join(sep);
}

function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return unescape(s, true);
  }
}

function parse(qs, sep = '&', eq = '=', options = undefined) {
  const result = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return result;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (typeof options?.maxKeys === 'number') maxKeys = options.maxKeys;
  const decoder = typeof options?.decodeURIComponent === 'function' ?
    options.decodeURIComponent : unescape;

  let pairs = qs.split(sep);
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const at = pair.indexOf(eq);
    const rawKey = at === -1 ? pair : pair.slice(0, at);
    const rawValue = at === -1 ? '' : pair.slice(at + eq.length);
    const key = decodeComponent(rawKey.replace(/\+/g, ' '), decoder);
    const value = decodeComponent(rawValue.replace(/\+/g, ' '), decoder);
    if (Object.hasOwn(result, key)) {
      const existing = result[key];
      if (Array.isArray(existing)) existing.push(value);
      else result[key] = [existing, value];
    } else {
      result[key] = value;
    }
  }
  return result;
}

module.exports = {
  decode: parse,
  encode: stringify,
  escape,
  parse,
  stringify,
  unescape,
  unescapeBuffer,
};
