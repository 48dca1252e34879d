// fs.ReadStream and fs.WriteStream: the events in order, the counters, and
// what the stream objects look like, one stream at a time (so that the
// output does not depend on which worker of the pool finishes first).
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-streams-events-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

function trace(name, stream, events) {
  for (const event of events) {
    stream.on(event, (arg) => {
      const shown = Buffer.isBuffer(arg) ? `<${arg.length} bytes>` : typeof arg === 'number' ?
        typeof arg : arg;
      console.log(name, event, shown === undefined ? '' : shown);
    });
  }
}

const steps = [
  (next) => {
    const w = fs.createWriteStream('a.txt', { highWaterMark: 5 });
    console.log('write pending', w.pending, 'path', w.path, 'flags', w.flags, 'mode', w.mode,
                'autoClose', w.autoClose, 'start', w.start, 'pos', w.pos);
    trace('write', w, ['open', 'ready', 'drain', 'finish', 'close', 'error']);
    console.log('write() ->', w.write('hello '));
    console.log('write() ->', w.write('world, hello streams'));
    w.end('!\n', () => console.log('end callback, bytesWritten', w.bytesWritten));
    w.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream('a.txt', { highWaterMark: 8 });
    console.log('read pending', r.pending, 'flags', r.flags, 'start', r.start, 'end', r.end,
                'hwm', r.readableHighWaterMark);
    trace('read', r, ['open', 'ready', 'data', 'end', 'close', 'error']);
    r.on('close', () => {
      console.log('bytesRead', r.bytesRead, 'destroyed', r.destroyed, 'pending', r.pending);
      next();
    });
  },
  (next) => {
    const r = fs.createReadStream('a.txt', { start: 6, end: 10, encoding: 'utf8' });
    trace('range', r, ['data', 'end', 'close']);
    r.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream('a.txt');
    trace('paused', r, ['open', 'readable', 'end', 'close']);
    r.on('readable', () => {
      let chunk;
      while ((chunk = r.read(4)) !== null) console.log('paused read', chunk.toString());
    });
    r.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream('a.txt');
    trace('destroyed', r, ['open', 'ready', 'end', 'close', 'error']);
    r.on('ready', () => r.destroy());
    r.on('close', next);
  },
  (next) => {
    const w = fs.createWriteStream('a.txt', { flags: 'a' });
    trace('append', w, ['open', 'finish', 'close']);
    w.cork();
    w.write('x');
    w.write('y');
    w.uncork();
    w.close(() => {
      console.log('close callback', JSON.stringify(fs.readFileSync('a.txt', 'utf8')));
      next();
    });
  },
  (next) => {
    console.log('classes', fs.ReadStream === fs.FileReadStream, fs.WriteStream === fs.FileWriteStream,
                typeof fs.createReadStream, Object.getPrototypeOf(fs.ReadStream.prototype) ===
                require('stream').Readable.prototype);
    const r = fs.ReadStream('a.txt');
    console.log('called without new', r instanceof fs.ReadStream);
    r.destroy();
    r.on('close', next);
  },
];
(function step(i) { if (i < steps.length) steps[i](() => step(i + 1)); })(0);
