// flags: --expose-internals
// stderr: ignore
// File system requests as wraps, with the raw binding's conventions: one
// FSReqCallback per call, `oncomplete(err, result)` from the loop, errors as
// Node's uv errors. Node runs it too (--expose-internals): both runtimes
// have this binding under Node's name, 'fs'.
const internalBinding = globalThis.internalBinding ??
  require('internal/test/binding').internalBinding;
const fs = internalBinding('fs');
const { FSReqCallback } = fs;
const O_RDONLY = 0, O_WRONLY = 1, O_CREAT = 0o100, O_TRUNC = 0o1000;

const file = `raw-${Math.random().toString(36).slice(2)}.txt`;
const log = (...args) => console.log(...args.map((a) => String(a).split(file).join('FILE')));

// Each step is a request; the next starts from its oncomplete.
function request(label, call, then) {
  const req = new FSReqCallback();
  req.oncomplete = (err, result) => {
    // (A descriptor's number differs between runtimes: only its type is shown.)
    const shown = label.startsWith('open') ? typeof result : result;
    log(label, err ? `${err.code} ${err.syscall} ${err.message}` : 'ok', shown);
    then(err, result);
  };
  call(req);
}

let order = [];
request('open missing', (req) => fs.open('no-such-dir/x', O_RDONLY, 0o666, req), () => {
  request('open for writing', (req) => fs.open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644, req),
          (err, fd) => {
    const data = Buffer.from('hello, raw requests\n');
    request('writeBuffer', (req) => fs.writeBuffer(fd, data, 0, data.length, -1, req), () => {
      request('writeString', (req) => fs.writeString(fd, 'and a string ✓\n', -1, 'utf8', req), () => {
        request('close', (req) => fs.close(fd, req), () => {
          request('open for reading', (req) => fs.open(file, O_RDONLY, 0o666, req), (err, fd) => {
            const into = Buffer.alloc(64, '.');
            request('read at 7', (req) => fs.read(fd, into, 2, 10, 7, req), (err, n) => {
              log('bytes read', JSON.stringify(into.toString('utf8', 0, 14)));
              request('read rest', (req) => fs.read(fd, into, 0, 64, -1, req), (err, n) => {
                log('rest', JSON.stringify(into.toString('utf8', 0, n)));
                request('close again', (req) => fs.close(fd, req), () => {
                  request('unlink', (req) => fs.unlink(file, req), () => {
                    request('unlink twice', (req) => fs.unlink(file, req), () => {
                      log('order', order.join(' '));
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});
// A request's callback always comes later, from the loop: never during the call.
order.push('after the first call');
process.nextTick(() => order.push('nextTick'));
