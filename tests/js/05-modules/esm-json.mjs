// stderr: ignore
// JSON modules need `type: 'json'`. (Node 20 prints a deprecation warning
// for `assert`, the only syntax V8 10.2 knows, so stderr is not compared.)
import data from './esm/data.json' assert { type: 'json' };

console.log('static:', data);
const again = await import('./esm/data.json', { assert: { type: 'json' } });
console.log('dynamic is the same record:', again.default === data, Object.keys(again));
for (const [label, options] of [['type css', { assert: { type: 'css' } }],
                                ['unknown key', { assert: { other: 'x' } }],
                                ['json on a module', { assert: { type: 'json' } }]]) {
  const target = label === 'json on a module' ? './esm/counter.mjs' : './esm/data.json';
  try {
    await import(target, options);
  } catch (error) {
    // The message names the file by URL: the folder's URL is what varies.
    const folder = new URL('.', import.meta.url).href;
    console.log(label, error.code, error.message.split(folder).join('file://DIR/'));
  }
}
