// URLSearchParams: the query of a URL as an ordered list of (name, value)
// pairs. (Node: lib/internal/url.js; the URL Standard, section 6, and its
// application/x-www-form-urlencoded format, section 5.)
//
// HOW: the pairs live in one flat array [name0, value0, name1, value1, ...].
// A URLSearchParams made by `url.searchParams` is tied to its URL: every
// change calls the URL back (the "update steps") so that `url.search`
// follows, and a new `url.search` refills the list. Strings are taken as
// Unicode scalar values (a lone surrogate becomes U+FFFD), as the
// Standard's USVString arguments are.
//
// The format: pairs joined by '&', name and value by '='; '+' is a space;
// bytes outside a small safe set are %XX of their UTF-8. It is close to
// `querystring`'s but not the same ('~' and "'" are escaped here, '*' is
// not, and there are no repeated-key arrays), so the module has its own.
'use strict';

const {
  ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_TUPLE,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { inspect } = require('internal/util/inspect');
const { FORM_URLENCODED, percentEncode, percentDecodeBytes } = require('internal/url/percent');

function toUSVString(value) {
  const s = `${value}`;
  return /[\ud800-\udfff]/.test(s) ?
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
              '\ufffd') :
    s;
}

// 'a=1&b=x+y' -> ['a', '1', 'b', 'x y'].
function parseFormURLEncoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq < 0 ? sequence : sequence.slice(0, eq);
    const value = eq < 0 ? '' : sequence.slice(eq + 1);
    list.push(decodeFormComponent(name), decodeFormComponent(value));
  }
  return list;
}

function decodeFormComponent(text) {
  if (text.includes('+')) text = text.replace(/\+/g, ' ');
  return text.includes('%') ? percentDecodeBytes(text).toString('utf8') : text;
}

function serializeFormURLEncoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${percentEncode(list[i], FORM_URLENCODED, true)}=` +
      percentEncode(list[i + 1], FORM_URLENCODED, true);
  }
  return out;
}

let attachToURL;  // (params, onUpdate): tie a URLSearchParams to its URL
let replaceList;  // (params, query): the URL's query changed; refill

class URLSearchParams {
  #list = [];
  #onUpdate = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const iteratorMethod = init[Symbol.iterator];
      if (iteratorMethod === undefined || iteratorMethod === null) {
        this.#fillFromRecord(init);
      } else if (typeof iteratorMethod !== 'function') {
        throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      } else {
        this.#fillFromPairs(init);
      }
    } else {
      let query = toUSVString(init);
      if (query[0] === '?') query = query.slice(1);
      this.#list = parseFormURLEncoded(query);
    }
  }

  // An iterable of [name, value] pairs (arrays, Maps, another
  // URLSearchParams, a generator...).
  #fillFromPairs(init) {
    for (const pair of init) {
      if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      }
      const items = Array.isArray(pair) ? pair : Array.from(pair);
      if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
    }
  }

  // A plain object: its own enumerable keys, in order. Two keys that are
  // the same once made USVStrings give one pair, with the later value.
  #fillFromRecord(init) {
    const seen = new Map();
    for (const key of Reflect.ownKeys(init)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      const name = toUSVString(key);
      const value = toUSVString(init[key]);
      if (seen.has(name)) {
        this.#list[seen.get(name) + 1] = value;
      } else {
        seen.set(name, this.#list.length);
        this.#list.push(name, value);
      }
    }
  }

  static {
    attachToURL = (params, onUpdate) => { params.#onUpdate = onUpdate; };
    replaceList = (params, query) => {
      params.#list.length = 0;  // in place: live iterators see the change
      if (query) params.#list.push(...parseFormURLEncoded(query));
    };
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
  }

  // The update steps: the URL's query follows the list.
  #update() {
    if (this.#onUpdate !== null) this.#onUpdate(serializeFormURLEncoded(this.#list));
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  // With a value, only the pairs that have both; without, every pair
  // with the name.
  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const matchValue = value !== undefined;
    if (matchValue) value = toUSVString(value);
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) continue;
      list[kept++] = list[i];
      list[kept++] = list[i + 1];
    }
    list.length = kept;
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const matchValue = value !== undefined;
    if (matchValue) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) return true;
    }
    return false;
  }

  // The first pair with the name gets the value; the others go. No pair:
  // one is appended.
  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        if (found) continue;
        found = true;
        list[i + 1] = value;
      }
      list[kept++] = list[i];
      list[kept++] = list[i + 1];
    }
    list.length = kept;
    if (!found) list.push(name, value);
    this.#update();
  }

  // Stable, by the names' UTF-16 code units (what < compares).
  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) [list[2 * i], list[2 * i + 1]] = pairs[i];
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this.#list, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    // The list may change under the callback; read it afresh each turn.
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this.#list, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this.#list, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeFormURLEncoded(this.#list);
  }

  // URLSearchParams { 'a' => '1', 'b' => '2' }, on one line while it fits.
  [inspect.custom](depth, options) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const list = this.#list;
    const entries = [];
    for (let i = 0; i < list.length; i += 2) {
      entries.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    const name = this.constructor.name;
    if (entries.length === 0) return `${name} {}`;
    const width = entries.reduce((sum, entry) => sum + entry.length + 2, -2);
    if (width > options.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    return `${name} { ${entries.join(', ')} }`;
  }
}

for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, inspect.custom, { enumerable: false });

// A live iterator: it reads the list at each step, so pairs appended while
// iterating are seen, as the Standard's iterable declaration requires.
class URLSearchParamsIterator {
  #list;
  #kind;
  #index = 0;

  constructor(list, kind) {
    this.#list = list;
    this.#kind = kind;
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = this.#list;
    if (this.#index >= list.length) return { value: undefined, done: true };
    const i = this.#index;
    this.#index += 2;
    const kind = this.#kind;
    const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] :
      [list[i], list[i + 1]];
    return { value, done: false };
  }

  // URLSearchParams Iterator { 'a', 'b' }: what is left to iterate.
  [inspect.custom](depth, options) {
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const list = this.#list;
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const kind = this.#kind;
      items.push(kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] :
        [list[i], list[i + 1]]);
    }
    const texts = items.map((item) => inspect(item, inner));
    const multiline = inspect(items, inner).includes('\n');
    const body = multiline ? `\n  ${texts.join(',\n  ')}` : ` ${texts.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, inspect.custom, { enumerable: false });

module.exports = {
  URLSearchParams, attachToURL, replaceList, parseFormURLEncoded, serializeFormURLEncoded,
  toUSVString,
};
