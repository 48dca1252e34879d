// The http_parser binding on its own: a request arrives in three pieces
// (cut in the middle of a header name and of the body), and the parser's
// callbacks show what it makes of them. Run with --expose-internals.
'use strict';
const { internalBinding } = require('internal/test/binding');
const { HTTPParser, allMethods } = internalBinding('http_parser');

const parser = new HTTPParser();
parser.initialize(HTTPParser.REQUEST, {}, 0, 0);
parser[HTTPParser.kOnMessageBegin] = () => console.log('message begin');
parser[HTTPParser.kOnHeadersComplete] =
  (major, minor, headers, method, url, statusCode, statusMessage, upgrade, keepAlive) => {
    console.log('headers complete:', allMethods[method], url, `HTTP/${major}.${minor}`,
                headers, { upgrade, keepAlive });
    return 0;
  };
parser[HTTPParser.kOnBody] = (body) => console.log('body:', JSON.stringify(body.toString()));
parser[HTTPParser.kOnMessageComplete] = () => console.log('message complete');

const pieces = [
  'POST /echo HTTP/1.1\r\nHost: example.com\r\nTransfer-Enc',
  'oding: chunked\r\n\r\n5\r\nhel',
  'lo\r\n0\r\n\r\n',
];
for (const piece of pieces) {
  console.log(`execute(${piece.length} bytes) ->`, parser.execute(Buffer.from(piece)));
}
const bad = parser.execute(Buffer.from('GET /a b HTTP/1.1\r\n\r\n'));
console.log(bad.code, bad.reason, bad.bytesParsed);
