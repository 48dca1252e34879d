// fs.readdir: names in order, Dirent objects, bytes, and its errors.
const fs = require('fs');
const dir = 'tmp-' + Math.random().toString(36).slice(2);
const hide = (text) => String(text).split(dir).join('DIR');
fs.mkdirSync(dir);
for (const name of ['b.txt', 'a.txt', 'C.txt', 'é.txt']) fs.writeFileSync(`${dir}/${name}`, name);
fs.mkdirSync(`${dir}/sub`);

async function main() {
  console.log('sync', fs.readdirSync(dir));
  await new Promise((resolve) => fs.readdir(dir, (err, names) => {
    console.log('callback', err, names);
    resolve();
  }));
  console.log('promise', await fs.promises.readdir(dir));
  console.log('empty', fs.readdirSync(`${dir}/sub`));

  const entries = fs.readdirSync(dir, { withFileTypes: true });
  for (const entry of entries) {
    console.log(entry.constructor.name, entry instanceof fs.Dirent, entry.name,
                hide(entry.parentPath), hide(entry.path), entry.isFile(), entry.isDirectory(),
                entry.isSymbolicLink(), Object.getOwnPropertySymbols(entry).map(String));
  }
  const promised = await fs.promises.readdir(dir, { withFileTypes: true });
  console.log('promise dirents', promised.map((e) => `${e.name}:${e.isDirectory()}`).join(' '));
  console.log(new fs.Dirent('name', 1, 'path'));

  console.log('bytes', fs.readdirSync(dir, { encoding: 'buffer' }).map((b) => Array.from(b).join(',')));
  console.log('hex', fs.readdirSync(dir, 'hex'));

  const show = (label, err) => console.log(label, hide(err.message), err.code, err.errno,
                                           err.syscall, hide(err.path));
  await new Promise((resolve) => fs.readdir(`${dir}/missing`, (err) => {
    show('missing', err);
    resolve();
  }));
  try { fs.readdirSync(`${dir}/a.txt`); } catch (err) { show('a file', err); }
  await fs.promises.readdir(`${dir}/missing`).catch((err) => show('promise missing', err));

  fs.rmSync(dir, { recursive: true });
}
main();
