// The header API of a response and its errors: setHeader/getHeader/
// getHeaders/getHeaderNames/hasHeader/removeHeader/appendHeader, what may be
// a header name or value, writeHead's checks, and what is locked once the
// headers are sent.
'use strict';
const http = require('http');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined ? '' : result);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

console.log(http.STATUS_CODES[200], http.STATUS_CODES[418], http.STATUS_CODES[511]);
console.log(http.METHODS.join(' '));
console.log(http.maxHeaderSize);
attempt('validateHeaderName ok', () => http.validateHeaderName('X-Good'));
attempt('validateHeaderName space', () => http.validateHeaderName('X Bad'));
attempt('validateHeaderName empty', () => http.validateHeaderName(''));
attempt('validateHeaderValue undefined', () => http.validateHeaderValue('X', undefined));
attempt('validateHeaderValue newline', () => http.validateHeaderValue('X', 'a\nb'));
attempt('validateHeaderValue tab', () => http.validateHeaderValue('X', 'a\tb'));

const server = http.createServer((req, res) => {
  attempt('setHeader', () => res.setHeader('X-One', 1) === res);
  attempt('setHeader array', () => res.setHeader('Set-Cookie', ['a', 'b']) && '');
  attempt('appendHeader', () => res.appendHeader('x-one', '2') && '');
  attempt('getHeader', () => JSON.stringify(res.getHeader('x-ONE')));
  attempt('getHeader missing', () => res.getHeader('nope'));
  attempt('getHeader number', () => res.getHeader(5));
  attempt('hasHeader', () => res.hasHeader('SET-COOKIE'));
  attempt('getHeaderNames', () => res.getHeaderNames().join(','));
  attempt('getHeaders', () => JSON.stringify(res.getHeaders()));
  attempt('removeHeader', () => res.removeHeader('x-one'));
  attempt('hasHeader removed', () => res.hasHeader('x-one'));
  attempt('setHeader bad name', () => res.setHeader('bad name', 'x'));
  attempt('setHeader bad value', () => res.setHeader('x', 'a\r\nb'));
  attempt('setHeader undefined', () => res.setHeader('x', undefined));
  attempt('writeHead 99', () => res.writeHead(99));
  attempt('writeHead 1000', () => res.writeHead(1000));
  attempt('writeHead bad message', () => res.writeHead(200, 'bad\nmessage'));
  // The rejected message stays in statusMessage; take it back.
  attempt('statusMessage kept', () => JSON.stringify(res.statusMessage));
  res.statusMessage = undefined;
  attempt('headersSent before', () => res.headersSent);
  res.writeHead(202, { 'X-Late': 'yes' });
  attempt('headersSent after', () => res.headersSent);
  attempt('statusCode', () => `${res.statusCode} ${res.statusMessage}`);
  attempt('setHeader after', () => res.setHeader('X-Too-Late', '1'));
  attempt('removeHeader after', () => res.removeHeader('X-Late'));
  attempt('writeHead again', () => res.writeHead(200));
  res.end('done', () => {
    attempt('writableEnded', () => `${res.writableEnded} ${res.writableFinished} ${res.finished}`);
  });
  attempt('write after end', () => res.write('more'));
  res.on('error', (err) => console.log('response error', err.code, err.message));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.statusCode, res.statusMessage, res.headers['set-cookie'],
                res.headers['x-late']);
    res.resume();
    res.on('end', () => server.close());
  });
});
