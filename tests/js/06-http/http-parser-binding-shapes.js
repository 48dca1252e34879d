// flags: --expose-internals --no-warnings
// The rest of the http_parser binding's shape, against Node's own: headers
// handed over early past 32 pairs (kOnHeaders), the header size limit,
// trailers, pause and resume, getCurrentBuffer, finish, close, the
// ConnectionsList a server keeps, and the properties of the classes.
'use strict';
const { internalBinding } = require('internal/test/binding');
const { HTTPParser, ConnectionsList } = internalBinding('http_parser');
const { REQUEST, RESPONSE, kOnHeaders, kOnHeadersComplete, kOnBody,
        kOnMessageComplete, kOnMessageBegin } = HTTPParser;

function make(type, maxHeaderSize, list) {
  const parser = new HTTPParser();
  const log = [];
  parser.initialize(type, {}, maxHeaderSize || 0, 0, list);
  parser[kOnMessageBegin] = () => log.push('begin');
  parser[kOnHeaders] = (headers, url) =>
    log.push(`headers(${headers.length / 2} pairs, url ${JSON.stringify(url)})`);
  parser[kOnHeadersComplete] = (major, minor, headers, method, url) => {
    log.push(`headersComplete(${headers === undefined ? 'undefined' : headers.length / 2 + ' pairs'}, ` +
             `url ${JSON.stringify(url)})`);
    return 0;
  };
  parser[kOnBody] = (body) => log.push(`body ${JSON.stringify(body.toString())}`);
  parser[kOnMessageComplete] = () => log.push('complete');
  return { parser, log };
}
function show(title, result, log) {
  const value = result instanceof Error ?
    `Error ${result.code} ${JSON.stringify(result.reason)} at ${result.bytesParsed}` : String(result);
  console.log(title + ':', value);
  for (const line of log) console.log('   ', line);
}

// 40 headers: the first 31 go early, the rest with headers complete.
{
  let request = 'GET /many HTTP/1.1\r\n';
  for (let i = 0; i < 40; i++) request += `X-${i}: ${i}\r\n`;
  const { parser, log } = make(REQUEST);
  show('40 headers', parser.execute(Buffer.from(request + '\r\n')), log);
}
// 100 headers in pieces of 7 bytes.
{
  let request = 'POST /pieces HTTP/1.1\r\nContent-Length: 4\r\n';
  for (let i = 0; i < 100; i++) request += `H${i}: v${i}\r\n`;
  request += '\r\nbody';
  const { parser, log } = make(REQUEST);
  let total = 0;
  for (let i = 0; i < request.length; i += 7) total += parser.execute(Buffer.from(request.slice(i, i + 7)));
  show('100 headers in pieces', total, log);
}
// The size limit: URL, names and values counted, a few sizes around it.
for (const size of [50, 60, 61, 62, 100]) {
  const { parser, log } = make(REQUEST, size);
  show(`limit ${size}`, parser.execute(Buffer.from('GET /0123456789 HTTP/1.1\r\nName: ' +
                                                   'v'.repeat(40) + '\r\n\r\n')), log);
}
{
  const { parser, log } = make(REQUEST);
  show('default limit', parser.execute(Buffer.from('GET / HTTP/1.1\r\nA: ' + 'b'.repeat(16400) + '\r\n\r\n')), log);
}
// Trailers come with kOnHeaders; a response body read until the end.
{
  const { parser, log } = make(RESPONSE);
  show('trailers', parser.execute(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
                                              '2\r\nab\r\n0\r\nX-Sum: 1\r\nX-Two: 2\r\n\r\n')), log);
  const eof = make(RESPONSE);
  show('until the end', eof.parser.execute(Buffer.from('HTTP/1.0 200 OK\r\n\r\nabc')), eof.log);
  show('finish', eof.parser.finish(), eof.log);
  const cut = make(REQUEST);
  show('cut short', cut.parser.execute(Buffer.from('POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc')), cut.log);
  show('finish', cut.parser.finish(), cut.log);
  const idle = make(REQUEST);
  show('finish idle', idle.parser.finish(), idle.log);
}
// After trailers (or an early flush), the next message's headers come with
// kOnHeaders too: the parser remembers that it flushed.
{
  const { parser, log } = make(REQUEST);
  show('after trailers', parser.execute(Buffer.from(
    'POST /t HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: y\r\n\r\n' +
    'GET /next HTTP/1.1\r\nA: b\r\n\r\n')), log);
}
// The callback's answer: 1 is "no body" (a response to HEAD).
{
  const { parser, log } = make(RESPONSE);
  parser[kOnHeadersComplete] = () => { log.push('headersComplete -> 1'); return 1; };
  show('skip body', parser.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n' +
                                               'HTTP/1.1 204 No\r\n\r\n')), log);
}
// pause() in a callback stops the parse; resume() lets it go on.
{
  const { parser, log } = make(REQUEST);
  parser[kOnMessageComplete] = () => { log.push('complete, pause'); parser.pause(); };
  const input = Buffer.from('GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n');
  const first = parser.execute(input);
  show('paused', first, log);
  parser.resume();
  show('resumed', parser.execute(input.subarray(first.bytesParsed)), log);
}
// getCurrentBuffer() is the buffer being parsed.
{
  const { parser, log } = make(REQUEST);
  parser[kOnHeadersComplete] = () => { log.push(`current ${JSON.stringify(parser.getCurrentBuffer().toString())}`); };
  show('current buffer', parser.execute(Buffer.from('GET /c HTTP/1.1\r\n\r\n')), log);
  console.log('headersCompleted', parser.headersCompleted(), typeof parser.duration());
}
// An exception in a callback comes out of execute().
{
  const { parser } = make(REQUEST);
  parser[kOnHeadersComplete] = () => { throw new Error('thrown in the callback'); };
  try { parser.execute(Buffer.from('GET / HTTP/1.1\r\n\r\n')); } catch (e) { console.log('caught', e.message); }
}
// After close(), calls do nothing.
{
  const { parser } = make(REQUEST);
  parser.close();
  console.log('after close', parser.execute(Buffer.from('GET / HTTP/1.1\r\n\r\n')), parser.finish());
}
// A server's list: a connection is active from the start, idle between
// messages, and expires when its headers take too long.
{
  const list = new ConnectionsList();
  const a = make(REQUEST, 0, list);
  const b = make(REQUEST, 0, list);
  console.log('all', list.all().length, 'idle', list.idle().length, 'active', list.active().length);
  a.parser.execute(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
  console.log('all', list.all().length, 'idle', list.idle().length, 'active', list.active().length);
  console.log('idle is a', list.idle()[0] === a.parser);
  b.parser.execute(Buffer.from('GET / HTTP/1.1\r\nA: '));
  console.log('expired(0, 0)', list.expired(0, 0).length);
  const start = Date.now();
  while (Date.now() - start < 5);
  const expired = list.expired(1, 0);
  console.log('expired(1, 0)', expired.length, expired[0] === b.parser);
  console.log('all', list.all().length, 'idle', list.idle().length, 'active', list.active().length);
  a.parser.remove();
  console.log('after remove', list.all().length);
  console.log(Object.getOwnPropertyNames(ConnectionsList.prototype).sort().join(' '));
}
console.log(Object.getOwnPropertyNames(HTTPParser.prototype).sort().join(' '));
console.log(typeof HTTPParser, HTTPParser.name, HTTPParser.prototype.execute.length);
