// fs.watch and fs.watchFile: write, then wait for the event (with a bounded
// timeout); print only what is the same on every run.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-watch-'));
process.chdir(root);
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

function waitFor(emitter, event, label, ms = 5000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      console.log(label, 'timed out');
      resolve(null);
    }, ms);
    emitter.once(event, (...args) => {
      clearTimeout(timer);
      resolve(args);
    });
  });
}

async function main() {
  fs.writeFileSync('watched.txt', 'before');

  // A file: a write is a 'change' naming the file.
  const watcher = fs.watch('watched.txt');
  console.log('FSWatcher', watcher.constructor.name, typeof watcher.close, typeof watcher.ref);
  const changed = waitFor(watcher, 'change', 'file watch');
  fs.writeFileSync('watched.txt', 'after');
  const [eventType, filename] = await changed;
  console.log('change', eventType, filename);
  const closed = waitFor(watcher, 'close', 'close');
  watcher.close();
  watcher.close();
  console.log('close event', await closed);

  // A folder: a new file inside is a 'rename' naming it; encoding buffer.
  fs.mkdirSync('folder');
  const folderWatcher = fs.watch('folder', { encoding: 'buffer' });
  const seen = new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timed out'), 5000);
    folderWatcher.on('change', (type, name) => {
      if (type === 'rename' && Buffer.isBuffer(name) && name.toString() === 'new.txt') {
        clearTimeout(timer);
        resolve(`${type} ${name.toString()} buffer`);
      }
    });
  });
  fs.writeFileSync('folder/new.txt', 'x');
  console.log('folder', await seen);
  folderWatcher.close();

  // The listener argument, and persistent: false (which lets the program end).
  const unref = fs.watch('watched.txt', { persistent: false }, () => {});
  console.log('listener added', unref.listenerCount('change'));
  unref.close();

  // watchFile: polled stats, current and previous.
  const listener = (curr, prev) => {
    console.log('watchFile', curr.constructor.name, prev.constructor.name, curr.size, prev.size,
                curr.mtimeMs > prev.mtimeMs || curr.size !== prev.size);
    fs.unwatchFile('watched.txt', listener);
    watchMissing();
  };
  const statWatcher = fs.watchFile('watched.txt', { interval: 20 }, listener);
  console.log('StatWatcher', statWatcher.constructor.name, typeof statWatcher.ref);
  statWatcher.once('stop', () => console.log('stop'));
  setTimeout(() => {
    fs.writeFileSync('aside.txt', 'a longer text');
    fs.renameSync('aside.txt', 'watched.txt');
  }, 100);
}

// A path that does not exist yet: the first report says so at once (all
// stats zero), the next one is its creation.
function watchMissing() {
  const timer = setTimeout(() => { console.log('missing: timed out'); fs.unwatchFile('later.txt'); }, 5000);
  let reports = 0;
  fs.watchFile('later.txt', { interval: 20, bigint: true }, (curr, prev) => {
    reports++;
    console.log(reports === 1 ? 'missing' : 'created', curr.constructor.name, curr.size, curr.nlink,
                prev.size, prev.nlink, prev.mtimeMs);
    if (reports < 2) return;
    clearTimeout(timer);
    fs.unwatchFile('later.txt');
  });
  // Written aside and renamed into place, so that the poll never sees it half-written.
  setTimeout(() => {
    fs.writeFileSync('aside.txt', 'here');
    fs.renameSync('aside.txt', 'later.txt');
  }, 100);
}
main();
