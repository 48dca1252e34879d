// flags: --expose-internals --no-warnings
// The http_parser binding, driven as lib/_http_common.js drives it: every
// input of the table is parsed whole, then one byte at a time, and the
// callbacks, return values and errors are printed (for the table of what
// Node 20's parser accepts and rejects, see NODE-NOTES "HTTP server defaults").
'use strict';
const { internalBinding } = require('internal/test/binding');
const { HTTPParser, methods, allMethods } = internalBinding('http_parser');

const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;

function parse(type, pieces, lenient, skipBody) {
  const events = [];
  const parser = new HTTPParser();
  parser.initialize(type, {}, 0, lenient || 0);
  parser[kOnMessageBegin] = () => events.push(['begin']);
  parser[kOnHeaders] = (headers, url) => events.push(['headers', headers, url]);
  parser[kOnHeadersComplete] = (major, minor, headers, method, url, statusCode,
                                statusMessage, upgrade, keepAlive) => {
    events.push(['headersComplete', `${major}.${minor}`, headers,
                 method === undefined ? undefined : allMethods[method], url, statusCode,
                 statusMessage, upgrade, keepAlive]);
    return skipBody ? 1 : 0;
  };
  parser[kOnBody] = (body) => events.push(['body', body.toString('latin1')]);
  parser[kOnMessageComplete] = () => events.push(['complete']);
  let offset = 0;
  for (const piece of pieces) {
    // After an upgrade the bytes are another protocol's: the JavaScript
    // stops feeding the parser, and so does this.
    const done = events.findLastIndex((e) => e[0] === 'complete');
    const head = events.findLastIndex((e) => e[0] === 'headersComplete');
    if (done > head && head >= 0 && (events[head][7] || events[head][5] === 101)) break;
    const result = parser.execute(Buffer.from(piece, 'latin1'));
    if (result instanceof Error) {
      events.push(['error', result.message, result.code, result.reason,
                   offset + result.bytesParsed]);
      parser.close();
      return events;
    }
    events.push(['parsed', result]);
    offset += result;
    if (result < piece.length) break;  // an upgrade: the rest is not HTTP
  }
  const end = parser.finish();
  if (end instanceof Error) events.push(['finish error', end.code, end.reason]);
  parser.close();
  return events;
}

// What a message amounts to, whatever the pieces: headers and bodies joined,
// the 'parsed' counts summed. Where an error stops the parse is left out:
// Node's parser counts the offending byte in or out depending on where in
// a piece it falls.
function digest(events) {
  const out = [];
  let parsed = 0;
  for (const event of events) {
    const last = out[out.length - 1];
    if (event[0] === 'parsed') {
      parsed += event[1];
    } else if (event[0] === 'error') {
      out.push(event.slice(0, 4));
      parsed = '(up to the error)';
    } else if (event[0] === 'body' && last && last[0] === 'body') {
      last[1] += event[1];
    } else if (event[0] === 'headers' && last && last[0] === 'headers') {
      last[1] = last[1].concat(event[1]);
      last[2] += event[2];
    } else {
      out.push(event.slice());
    }
  }
  out.push(['parsed total', parsed]);
  return JSON.stringify(out);
}

const REQUEST = HTTPParser.REQUEST;
const RESPONSE = HTTPParser.RESPONSE;
const cases = [
  // Accepted requests.
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n'],
  [REQUEST, 'GET /a?b=c#d HTTP/1.0\r\n\r\n'],
  [REQUEST, '\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n'],
  [REQUEST, 'OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n'],
  [REQUEST, 'GET http://example.com:8080/x HTTP/1.1\r\nHost: a\r\n\r\n'],
  [REQUEST, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\nrest'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nrest'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nX:  a \t b \t \r\nY:\r\nZ: \xe9\x80\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n'],
  [REQUEST, 'POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello'],
  [REQUEST, 'POST /p HTTP/1.1\r\nContent-Length: 0\r\n\r\n'],
  [REQUEST, 'POST /p HTTP/1.1\r\nContent-Length:  007 \r\n\r\n1234567'],
  [REQUEST, 'POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n' +
            '5\r\nhello\r\n6;ext=1;q="a b"\r\n world\r\n0\r\nTrailer: x\r\nT2: y\r\n\r\n'],
  [REQUEST, 'POST /p HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\na\r\n0123456789\r\n0\r\n\r\n'],
  [REQUEST, 'POST /p HTTP/1.1\r\nTransfer-Encoding: chunked \r\n\r\n0\r\n\r\n'],
  [REQUEST, 'POST /p HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n'],
  [REQUEST, 'GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n' +
            'POST /3 HTTP/1.1\r\nContent-Length: 2\r\n\r\nokDELETE /4 HTTP/1.1\r\n\r\n'],
  [REQUEST, 'M-SEARCH * HTTP/1.1\r\n\r\n'],
  [REQUEST, 'PATCH /x HTTP/1.1\r\n\r\nQUERY /y HTTP/1.1\r\n\r\nPURGE /z HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET /\xe9 HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET /a\tb HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.0\r\n\r\nbody'],
  [REQUEST, 'GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc'],
  [REQUEST, 'HEAD / HTTP/1.1\r\n\r\n'],
  // Rejected requests.
  [REQUEST, 'get / HTTP/1.1\r\n\r\n'],
  [REQUEST, 'FOO / HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GETX / HTTP/1.1\r\n\r\n'],
  [REQUEST, 'DESCRIBE / HTTP/1.1\r\n\r\n'],
  [REQUEST, 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
  [REQUEST, 'GET /a b HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET  / HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET /\x7f HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET /\x00 HTTP/1.1\r\n\r\n'],
  [REQUEST, 'GET / http/1.1\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.2\r\n\r\n'],
  [REQUEST, 'GET / HTTP/2.0\r\n\r\n'],
  [REQUEST, 'GET / HTTP/3.0\r\n\r\n'],
  [REQUEST, 'GET / HTTP/0.9\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.10\r\n\r\n'],
  [REQUEST, 'GET / HTTPX\r\n\r\n'],
  [REQUEST, 'GET /\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\n\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1 \r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\n  folded\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHo st: a\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost : a\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\n: a\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nX\x01: a\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nX: a\x00b\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nX: a\x7fb\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nX: a\x1fb\r\n\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\n Host: a\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\nhello'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\t\r\n\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nz\r\nhello\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\x01\r\nhello\r\n0\r\n\r\n'],
  [REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n'],
  [REQUEST, 'GET / HTTP/1.1\r\nHost: a\r\n\r\nxyz'],
  [REQUEST, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n'],
  // Responses.
  [RESPONSE, 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc'],
  [RESPONSE, 'HTTP/1.1 200 OK\r\n\r\nread until close'],
  [RESPONSE, 'HTTP/1.1 204 No Content\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'],
  [RESPONSE, 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: upgrade\r\n\r\nframes'],
  [RESPONSE, 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'],
  [RESPONSE, 'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 404 Not \xe9 Found\r\nContent-Length: 0\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nuntil close'],
  [RESPONSE, 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx'],
  [RESPONSE, 'HTTP/1.1 2000 OK\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 20 OK\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 abc OK\r\n\r\n'],
  [RESPONSE, 'HTTX/1.1 200 OK\r\n\r\n'],
  [RESPONSE, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab'],
  [RESPONSE, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab'],
];

for (const [type, input] of cases) {
  console.log(type === REQUEST ? 'REQUEST' : 'RESPONSE', JSON.stringify(input));
  const whole = parse(type, [input]);
  for (const event of whole) console.log('  ' + JSON.stringify(event));
  const bytes = parse(type, input.split(''));
  const sameBytewise = digest(bytes) === digest(whole);
  console.log('  one byte at a time:', sameBytewise ? 'same' : digest(bytes));
}

// A HEAD response: the JavaScript tells the parser there is no body.
console.log(JSON.stringify(parse(RESPONSE, ['HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n'], 0, true)));
// Lenient flags: what --insecure-http-parser lets through.
const lenient = [
  'GET / HTTP/1.1\r\nX: a\x00b\r\n\r\n',
  'POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc',
  'GET / HTTP/1.1\r\nHost: a\n\r\n',
  'GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n',
  'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n',
];
for (const input of lenient) {
  console.log('lenient', JSON.stringify(input));
  console.log('  ' + JSON.stringify(parse(REQUEST, [input], HTTPParser.kLenientAll)));
}

console.log(methods.length, allMethods.length, methods.join(' '));
console.log(Object.keys(HTTPParser).filter((k) => k.startsWith('k') || k === 'REQUEST' ||
                                                 k === 'RESPONSE')
  .map((k) => `${k}=${HTTPParser[k]}`).join(' '));
