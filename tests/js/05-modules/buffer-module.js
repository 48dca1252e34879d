// require('buffer'): the Buffer of stage 04 with the module's constants,
// Blob and File, atob/btoa, and the byte checks isUtf8, isAscii, transcode.
const buffer = require('buffer');
console.log(buffer.Buffer === Buffer, buffer.kMaxLength === buffer.constants.MAX_LENGTH,
            buffer.kStringMaxLength === buffer.constants.MAX_STRING_LENGTH,
            buffer.INSPECT_MAX_BYTES, buffer.SlowBuffer(3).length, buffer.atob(buffer.btoa('hi')));
console.log(typeof globalThis.Blob, typeof globalThis.File, globalThis.Blob === buffer.Blob);

const { Blob, File, transcode, isUtf8, isAscii } = buffer;
const blob = new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], { type: 'Text/Plain' });
console.log(blob, blob.size, blob.type, Object.prototype.toString.call(blob));
console.log(blob.slice(1, -0), blob.slice(-2), blob.slice(0, 2, 'X/Y'), blob.slice(3, 1));
console.log(new Blob(['é']).size, new Blob([], { type: 'a\u0100' }).type);
for (const bad of ['x', 1, null]) {
  try { new Blob(bad); } catch (e) { console.log(e.code, e.message); }
}
const file = new File(['x'], 'a.txt', { lastModified: 5 });
console.log(file, file.name, file.lastModified, file instanceof Blob,
            Object.prototype.toString.call(file));

console.log(transcode(Buffer.from('héllo€'), 'utf8', 'latin1'),
            transcode(Buffer.from('hé'), 'utf8', 'ucs2'),
            transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf8'));
try { transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { console.log(e.code, e.message); }
console.log(isUtf8(Buffer.from([0xff])), isUtf8(Buffer.from('é')), isUtf8(new ArrayBuffer(2)),
            isAscii(Buffer.from('é')), isAscii(new Uint8Array([65])));
try { isUtf8('x'); } catch (e) { console.log(e.code, e.message); }

(async () => {
  console.log(await blob.text(), await blob.slice(1, 3).text());
  console.log(await blob.arrayBuffer());
  // text() settles one step after arrayBuffer(), as in Node.
  blob.text().then(() => console.log('text'));
  blob.arrayBuffer().then(() => console.log('arrayBuffer'));
})();
