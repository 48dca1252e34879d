// TextEncoder (encode, encodeInto), TextDecoder (labels, BOM, streaming,
// fatal), atob and btoa with their DOMExceptions.
const te = new TextEncoder();
console.log(te.encoding, te.encode('h€llo 😀'), te.encode(), te.encode('\ud800'));
const dest = new Uint8Array(5); console.log(te.encodeInto('a€b', dest), dest);
console.log(te.encodeInto('😀', new Uint8Array(3)));
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 104, 105])), td.decode(), JSON.stringify(td.decode(new Uint8Array([0xe2, 0x82]))));
const stream = new TextDecoder(); const euro = te.encode('€');
console.log(JSON.stringify([stream.decode(euro.subarray(0, 1), { stream: true }), stream.decode(euro.subarray(1), { stream: true }), stream.decode()]));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])), new TextDecoder('UTF8').encoding, new TextDecoder('utf-16').encoding, new TextDecoder('latin1').encoding, new TextDecoder('ascii').encoding);
try { new TextDecoder('nope') } catch (e) { console.log(e.name, e.code, e.message) }
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 104])).length);
console.log(new TextDecoder().decode(new DataView(new Uint8Array([111, 107]).buffer)), new TextDecoder().decode(new Uint8Array([111, 107]).buffer));
console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '), btoa(''), atob(''));
for (const bad of [() => btoa('€'), () => atob('a'), () => atob('!!!!'), () => atob()]) { try { bad() } catch (e) { console.log(e.name, e.code, e.message) } }
console.log(String(te), Object.prototype.toString.call(td), new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x41])));
