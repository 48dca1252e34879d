// An express application for tests/http/frameworks_test.py, which runs this
// same file under Node and under the runtime and compares the answers to a
// fixed list of requests byte for byte.
//
// It uses what a small real service uses: routing with parameters and a
// query, a JSON body through express.json() (and its 400 on bad JSON, its
// 413 on a body over the limit), static files through express.static (with
// their ETag, Range and conditional GET handling from `send`), a redirect, a
// cookie, a route that throws and one that fails asynchronously, both caught
// by an error handler, and express's own 404. Each of these leans on a
// different part of the runtime: http's IncomingMessage and ServerResponse,
// streams (body reading, fs.createReadStream piped into the response), fs.stat,
// path, querystring, url, crypto (ETags of sent bodies), zlib's streams (the
// compression middleware), Buffer, events and timers.
//
// Prints the port it listens on, then serves until killed.
'use strict';
const path = require('path');
const express = require('express');
const compression = require('compression');

const app = express();

app.get('/users/:id', (req, res) => {
  res.json({ id: req.params.id, query: req.query, path: req.path });
});

app.get('/files/*rest', (req, res) => {
  res.type('text').send(`rest=${JSON.stringify(req.params.rest)}\n`);
});

app.post('/echo', express.json({ limit: '1kb' }), (req, res) => {
  res.status(201).json({ received: req.body, type: req.get('content-type') });
});

app.post('/form', express.urlencoded({ extended: false }), (req, res) => {
  res.json(req.body);
});

app.post('/text', express.text(), (req, res) => {
  res.send(`got ${req.body.length} chars: ${req.body.toUpperCase()}`);
});

app.get('/old', (req, res) => {
  res.redirect('/users/7?from=old');
});

app.get('/moved', (req, res) => {
  res.redirect(301, '/static/index.html');
});

app.get('/cookie', (req, res) => {
  res.cookie('session', 'abc123', { httpOnly: true, path: '/' });
  res.cookie('theme', 'dark', { expires: new Date(Date.UTC(2030, 0, 2)), sameSite: 'lax' });
  res.send('cookies set');
});

app.get('/buffer', (req, res) => {
  res.send(Buffer.from([0, 1, 2, 250, 251, 255]));
});

// 512 KiB in one send: more than a socket takes at once, so the response
// goes out over several writes, with backpressure.
app.get('/big', (req, res) => {
  const body = Buffer.alloc(512 * 1024);
  for (let i = 0; i < body.length; i++) body[i] = 97 + (i % 26);
  res.type('text').send(body);
});

app.get('/boom', () => {
  throw new Error('sync failure');
});

app.get('/later', (req, res, next) => {
  setTimeout(() => next(Object.assign(new Error('async failure'), { status: 503 })), 1);
});

app.get('/promise', async () => {
  await null;
  throw Object.assign(new Error('rejected handler'), { status: 418 });
});

// Responses under /zipped are compressed when the client accepts it: the
// compression middleware pipes them through zlib's Gzip/Deflate streams.
app.use('/zipped', compression({ threshold: 0 }));
app.get('/zipped/text', (req, res) => {
  res.type('text').send('compress me '.repeat(2000));
});
app.use('/zipped', express.static(path.join(__dirname, 'public')));

app.use('/static', express.static(path.join(__dirname, 'public')));

// Errors from any route, body parsing included: status, type and message.
// (Not the message of a JSON parse error: that text is V8's own, and this
// runtime's V8 words it differently from the one in Node 20.)
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({
    error: err.type === 'entity.parse.failed' ? 'bad JSON' : err.message,
    type: err.type,
    status: err.status,
  });
});

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
