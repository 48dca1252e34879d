// import() from CommonJS: from the main script, from a module it requires
// (each resolves against its own file), of CommonJS files (the same
// instance require() gives), and of files whose names need percent-encoding
// in their URL.
const fs = require('fs');
const path = require('path');

const base = path.join(process.env.TMPDIR || '/tmp', `esm-dynamic-${process.pid}-${Date.now()}`);
const show = (value) => String(value).split(base).join('TMP');

function write(file, text) {
  const full = path.join(base, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
}

write('lib/helper.js', `
  exports.load = (specifier) => import(specifier);
  exports.shared = { instance: 'shared' };
`);
write('lib/sibling.mjs', 'export const where = "lib/sibling.mjs";');
write('sibling.mjs', 'export const where = "sibling.mjs";');
write('odd names/a b#c%d?e.mjs', 'export const url = import.meta.url;');
write('odd names/ü€.mjs', 'export const url = import.meta.url;');
write('odd names/[x]~^|.mjs', 'export const url = import.meta.url;');

(async () => {
  const helper = require(path.join(base, 'lib/helper.js'));
  console.log('from lib/helper.js:', (await helper.load('./sibling.mjs')).where);
  const fromMain = await import(path.join(base, 'sibling.mjs'));
  console.log('absolute path from the main script:', fromMain.where);
  const cjs = await import(path.join(base, 'lib/helper.js'));
  console.log('CommonJS default is the required instance:',
              cjs.default === helper, cjs.shared === helper.shared, Object.keys(cjs));
  for (const name of ['ü€.mjs', '[x]~^|.mjs']) {
    const { url } = await import(path.join(base, 'odd names', name));
    console.log('import.meta.url:', show(url));
  }
  // As a path, '#' and '?' would start the URL's fragment and query.
  try {
    await import(path.join(base, 'odd names', 'a b#c%d?e.mjs'));
  } catch (error) {
    console.log('a path with # and ?:', error.code, show(error.url));
  }
  const encoded = await helper.load('../odd names/a b%23c%25d%3Fe.mjs?query#fragment');
  console.log('a percent-encoded specifier:', show(encoded.url));
  console.log('a namespace is not a promise:', typeof (await import('fs')).then);
  fs.rmSync(base, { recursive: true, force: true });
})();
