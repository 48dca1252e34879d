// A small static file server: the request flow of this stage, end to end.
//
//   build/bin/06-http --trace-loop 06-http/examples/file-server.js [port] [root]
//   build/bin/06-http 06-http/examples/file-server.js [port] [root] --key K --cert C
//
// (the second serves https, with the key and certificate in PEM files K, C)
//
// Each request is answered from a file under `root` (06-http/examples/public
// by default): fs.stat() and then a read stream, both on libuv's thread
// pool, piped into the response (stream.pipeline), so the loop never waits
// for the disk and goes on serving other connections while a worker reads.
// A missing file is a 404; no path leaves `root` (a "..", encoded or not,
// stops there). Port 0 picks a free port; the first line of output names
// the one in use.
//
// With --trace-loop the runtime narrates each step on stderr (a connection
// accepted, its bytes read, a file request queued and done, the response
// written) and this script's "[app]" lines say what the handler does, in
// order with them (a console.log to a file or a pipe is written at once).
'use strict';
const http = require('http');
const https = require('https');
const fs = require('fs');
const path = require('path');
const stream = require('stream');
const { parseArgs } = require('util');

const { values: tls, positionals } = parseArgs({
  options: { key: { type: 'string' }, cert: { type: 'string' } },
  allowPositionals: true,
});
const port = Number(positionals[0] || 8080);
const root = path.resolve(positionals[1] || path.join(__dirname, 'public'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

// The file a URL names, or a status code when there is none to look for.
function fileFor(url) {
  let name;
  try {
    // The query is not part of the name; %2F and %2E are decoded here, so
    // the check below sees the path the file system will see.
    name = decodeURIComponent(url.split('?')[0]);
  } catch {
    return 400;  // a malformed %-escape
  }
  if (name.includes('\0')) return 400;
  // A target starts with "/" (the parser refuses "../x", as Node's does),
  // so normalizing stops every ".." at the root; the check is the rule
  // itself, kept in case a target ever reaches here without that "/".
  const file = path.join(root, path.normalize(name));
  if (file !== root && !file.startsWith(root + path.sep)) return 403;
  return file;
}

function answer(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text + '\n');
}

function onRequest(req, res) {
  const tag = `[app] ${req.method} ${req.url}`;
  res.on('close', () => console.log(`${tag}: ${res.statusCode}, response closed`));
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return answer(res, 405, 'Method Not Allowed');
  }
  let file = fileFor(req.url);
  if (typeof file === 'number') return answer(res, file, http.STATUS_CODES[file]);
  console.log(`${tag}: handler starts fs.stat on the pool`);
  fs.stat(file, function statDone(err, stats) {
    if (!err && stats.isDirectory()) {
      file = path.join(file, 'index.html');
      return fs.stat(file, statDone);
    }
    if (err) return answer(res, 404, 'Not Found');
    console.log(`${tag}: stat done, streaming the file from the pool`);
    res.setHeader('Content-Type', TYPES[path.extname(file)] || 'application/octet-stream');
    // A regular file's size is known; anything else that reads like one (a
    // FIFO, which tests/http/request_flow_test.py uses to keep a worker
    // busy) is sent chunked, as it comes.
    if (stats.isFile()) res.setHeader('Content-Length', stats.size);
    if (req.method === 'HEAD') return res.end();
    // pipeline() rather than pipe(): if the client goes away first, the
    // file stream is destroyed too and its descriptor closed; if the file
    // fails (gone since the stat), the response is cut short.
    stream.pipeline(fs.createReadStream(file), res, () => {});
  });
}

// https is the same server over a TLSSocket: the handler does not change.
const server = tls.key
  ? https.createServer({ key: fs.readFileSync(tls.key), cert: fs.readFileSync(tls.cert) }, onRequest)
  : http.createServer(onRequest);

server.listen(port, '127.0.0.1', () => {
  const relative = path.relative(process.cwd(), root);
  const where = relative.startsWith('..') ? root : relative || '.';
  const scheme = tls.key ? 'https' : 'http';
  console.log(`listening on ${scheme}://127.0.0.1:${server.address().port}/ (root ${where})`);
});
