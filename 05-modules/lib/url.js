// `url`: the WHATWG URL API and Node's legacy one, side by side.
// (Node: lib/url.js.) URL, URLSearchParams and the file-path conversions
// live in internal/url.js; url.parse/format/resolve, the older API that
// predates the URL Standard, in internal/url/legacy.js.
'use strict';

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');
const { Url, parse, resolve, resolveObject, format } = require('internal/url/legacy');

module.exports = {
  Url,
  parse,
  resolve,
  resolveObject,
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
