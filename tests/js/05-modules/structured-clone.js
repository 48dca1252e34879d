// structuredClone: what survives the copy (V8's serializer behind the
// messaging binding), what cannot be cloned (DataCloneError), transfer.
'use strict';

function show(label, make) {
  try {
    console.log(label, make());
  } catch (e) {
    console.log(label, 'threw', e.name, e.constructor.name, e.code, JSON.stringify(e.message),
                e instanceof Error);
  }
}

show('map', () => structuredClone(new Map([[1, { a: 1 }], ['k', [2]]])));
show('set', () => structuredClone(new Set([1, 'a', { b: 2 }])));
show('date', () => structuredClone(new Date(0)).toISOString());
show('regexp', () => structuredClone(/a+b/giu));
show('regexp-lastIndex', () => { const r = /x/g; r.lastIndex = 3; return structuredClone(r).lastIndex; });
show('uint8', () => structuredClone(new Uint8Array([1, 2, 3])));
show('float64', () => structuredClone(new Float64Array([1.5, -0])));
show('bigint64', () => structuredClone(new BigInt64Array([1n, -2n])));
show('dataview', () => structuredClone(new DataView(new ArrayBuffer(4), 1, 2)));
show('arraybuffer', () => structuredClone(new ArrayBuffer(3)));
show('shared-buffer-views', () => {
  const buffer = new ArrayBuffer(4);
  const copy = structuredClone({ a: new Uint8Array(buffer), b: new Uint16Array(buffer) });
  return copy.a.buffer === copy.b.buffer;
});
show('error', () => {
  const e = structuredClone(new RangeError('r', { cause: 'why' }));
  return [e instanceof RangeError, e.name, e.message, e.cause, typeof e.stack];
});
show('error-own-props', () => { const e = new Error('x'); e.extra = 1; return structuredClone(e).extra; });
show('cycle', () => { const o = { a: 1 }; o.self = o; const c = structuredClone(o); return [c.self === c, c !== o]; });
show('shared-ref', () => { const s = {}; const c = structuredClone([s, s]); return c[0] === c[1]; });
show('bigint', () => structuredClone(10n ** 30n));
show('boxed', () => structuredClone([new Number(1), new String('s'), new Boolean(false), Object(2n)]));
show('primitives', () => structuredClone([undefined, null, -0, NaN, Infinity, 'str', true]));
show('sparse', () => structuredClone([1, , 3]));  // eslint-disable-line no-sparse-arrays
show('class-instance', () => structuredClone(new (class Foo { constructor() { this.x = 1; } })()));
show('null-proto', () => structuredClone(Object.create(null, { x: { value: 1, enumerable: true } })));
show('getter', () => structuredClone({ get g() { return 5; } }));
show('non-enumerable', () => structuredClone(Object.defineProperty({}, 'hidden', { value: 1 })));
show('symbol-key', () => structuredClone({ [Symbol('s')]: 1, a: 2 }));
show('buffer', () => structuredClone(Buffer.from('hi')));

show('arrow', () => structuredClone(() => {}));
show('function', () => structuredClone(function named() {}));
show('symbol', () => structuredClone(Symbol('x')));
show('method-in-object', () => structuredClone({ f() {} }));
show('proxy', () => structuredClone(new Proxy({}, {})));
show('weakmap', () => structuredClone(new WeakMap()));
show('promise', () => structuredClone(Promise.resolve()));

show('no-args', () => structuredClone());
show('undefined', () => structuredClone(undefined));
show('options-number', () => structuredClone(1, 1));
show('options-null', () => structuredClone(1, null));
show('transfer-number', () => structuredClone(1, { transfer: 1 }));
show('transfer-non-buffer', () => structuredClone(1, { transfer: [1] }));
show('transfer', () => {
  const buffer = new ArrayBuffer(8);
  new Uint8Array(buffer)[0] = 7;
  const copy = structuredClone(buffer, { transfer: [buffer] });
  return [buffer.byteLength, copy.byteLength, new Uint8Array(copy)[0]];
});
show('transfer-view', () => {
  const view = new Uint8Array([1, 2]);
  const copy = structuredClone(view, { transfer: [view.buffer] });
  return [view.length, copy];
});
show('transfer-set', () => {
  const buffer = new ArrayBuffer(2);
  return [structuredClone({ buffer }, { transfer: new Set([buffer]) }).buffer.byteLength,
          buffer.byteLength];
});
show('failed-transfer-keeps-buffer', () => {
  const buffer = new ArrayBuffer(2);
  try { structuredClone({ buffer, f() {} }, { transfer: [buffer] }); } catch {}
  return buffer.byteLength;
});
show('global', () => [typeof structuredClone, structuredClone.length, structuredClone.name,
                      Object.keys(globalThis).includes('structuredClone')]);
