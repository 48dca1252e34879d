'use strict';
// domainToASCII/domainToUnicode: lower case, Punycode for non-ASCII
// labels, '' for what is no valid host.
require('../common');
const assert = require('assert');
const { domainToASCII, domainToUnicode } = require('url');
assert.strictEqual(domainToASCII('EXAMPLE.com'), 'example.com');
assert.strictEqual(domainToASCII('espa\u00f1ol.com'), 'xn--espaol-zwa.com');
assert.strictEqual(domainToASCII('b\u00fccher.de'), 'xn--bcher-kva.de');
assert.strictEqual(domainToUnicode('xn--bcher-kva.de'), 'b\u00fccher.de');
assert.strictEqual(domainToASCII('xn--i\u00f1valid.com'), '');
assert.strictEqual(domainToASCII('a b'), '');
assert.strictEqual(new URL('http://\u65e5\u672c.jp/').hostname, 'xn--wgv71a.jp');
assert.throws(() => domainToASCII(), { code: 'ERR_MISSING_ARGS' });
