'use strict';
// Each component escapes its own set of characters: a space is %20
// everywhere, a quote only in the query of a special URL, and so on.
require('../common');
const assert = require('assert');
const url = new URL("http://h/p a'\"<>`{}^|?q a'\"<>`{}#f a'\"<>`{}");
assert.strictEqual(url.pathname, "/p%20a'%22%3C%3E%60%7B%7D^|");
assert.strictEqual(url.search, "?q%20a%27%22%3C%3E`{}");
assert.strictEqual(url.hash, "#f%20a'%22%3C%3E%60{}");
assert.strictEqual(new URL("sc://h/?a'b").search, "?a'b");
assert.strictEqual(new URL('http://h/\u00e9?\u00e9#\u00e9').href, 'http://h/%C3%A9?%C3%A9#%C3%A9');
assert.strictEqual(new URL('http://h/%zz%41').pathname, '/%zz%41');
assert.strictEqual(new URL('http://a b@h/').username, 'a%20b');
