// The named exports of a built-in are bindings to its exports object as it
// was when first imported; module.syncBuiltinESMExports() updates them
// (names deleted since become undefined; names added are no exports).
import fs, { readFileSync, existsSync } from 'node:fs';
import * as fsNamespace from 'node:fs';
import module, { syncBuiltinESMExports } from 'node:module';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cjsFs = require('fs');
const original = readFileSync;
console.log('same object', fs === cjsFs, fsNamespace.default === cjsFs);

cjsFs.readFileSync = function patched() { return 'patched'; };
console.log('before sync', readFileSync === original, fsNamespace.readFileSync === original);
syncBuiltinESMExports();
console.log('after sync', readFileSync === cjsFs.readFileSync, fsNamespace.readFileSync());

cjsFs.addedLater = 1;
delete cjsFs.existsSync;
module.syncBuiltinESMExports();
console.log('added', 'addedLater' in fsNamespace, 'deleted', typeof existsSync);

cjsFs.readFileSync = original;
cjsFs.existsSync = fsNamespace.default.existsSync ?? (() => true);
syncBuiltinESMExports();
console.log('restored', readFileSync === original, typeof existsSync);
const later = await import('node:fs');
console.log('a later import is the same module', later === fsNamespace);
console.log(typeof syncBuiltinESMExports, syncBuiltinESMExports.length);
