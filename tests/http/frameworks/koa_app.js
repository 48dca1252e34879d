// A koa application for tests/http/frameworks_test.py, which runs this same
// file under Node and under the runtime and compares the answers to a fixed
// list of requests byte for byte.
//
// koa is built differently from express: an onion of async middleware over
// one context object, with the response written once, at the end, from
// ctx.body (a string, a Buffer, an object as JSON, or a stream piped into
// the response). So it leans on promises and async functions everywhere,
// and on stream piping and 'error'/'close' handling of a body stream. Used
// here: @koa/router (parameters, allowedMethods' 405 and OPTIONS answers),
// koa-bodyparser (JSON and form bodies, through co-body and raw-body),
// koa-static (files through koa-send: fs.stat and fs.createReadStream), a
// redirect, cookies, an attachment, an error-catching middleware and koa's
// own default error answer and 404.
//
// Prints the port it listens on, then serves until killed.
'use strict';
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const serve = require('koa-static');

const app = new Koa();
app.silent = !process.env.KOA_DEBUG;  // koa's default error answer without logging the stack

// Outermost: times nothing (that would not be deterministic), but shows that
// code after `await next()` runs once the inner layers are done.
app.use(async (ctx, next) => {
  await next();
  ctx.set('X-Layers', 'outer-after');
});

// Errors of every inner layer as JSON, except on /raw-boom, whose error goes
// on to koa's own handler. (Not the message of a JSON parse error: that text
// is V8's own, and this runtime's V8 words it differently from Node 20's.)
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (ctx.path === '/raw-boom') throw err;
    ctx.status = err.status || 500;
    ctx.body = {
      error: err.type === 'entity.parse.failed' ? 'bad JSON' : err.message,
      type: err.type,
      status: err.status,
    };
  }
});

app.use(bodyParser({ jsonLimit: '1kb' }));

const router = new Router();

router.get('/users/:id', (ctx) => {
  ctx.body = { id: ctx.params.id, query: ctx.query, path: ctx.path };
});

router.post('/echo', (ctx) => {
  ctx.status = 201;
  ctx.body = { received: ctx.request.body, type: ctx.get('content-type') };
});

router.post('/form', (ctx) => {
  ctx.body = ctx.request.body;
});

router.get('/old', (ctx) => {
  ctx.redirect('/users/7?from=old');
});

router.get('/cookie', (ctx) => {
  ctx.cookies.set('session', 'abc123', { httpOnly: true });
  ctx.cookies.set('theme', 'dark', { expires: new Date(Date.UTC(2030, 0, 2)), sameSite: 'lax' });
  ctx.body = 'cookies set';
});

router.get('/buffer', (ctx) => {
  ctx.body = Buffer.from([0, 1, 2, 250, 251, 255]);
});

router.get('/stream', (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = fs.createReadStream(path.join(__dirname, 'public', 'docs', 'long.txt'));
});

// A generated stream of 256 lines of 1 KiB, pushed as the response drains.
router.get('/generated', (ctx) => {
  let line = 0;
  ctx.type = 'text/plain';
  ctx.body = new Readable({
    read() {
      this.push(line < 256 ? `${String(line++).padStart(4, '0')} ${'k'.repeat(1018)}\n` : null);
    },
  });
});

router.get('/download', (ctx) => {
  ctx.attachment('report final.txt');
  ctx.body = 'the report\n';
});

router.get('/empty', (ctx) => {
  ctx.status = 204;
});

router.get('/boom', () => {
  throw new Error('sync failure');
});

router.get('/later', async (ctx) => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  ctx.throw(503, 'async failure');
});

router.get('/raw-boom', () => {
  throw new Error('nobody catches this');
});

router.get('/teapot', (ctx) => {
  ctx.throw(418);
});

app.use(router.routes());
app.use(router.allowedMethods());
app.use(serve(path.join(__dirname, 'public')));

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
