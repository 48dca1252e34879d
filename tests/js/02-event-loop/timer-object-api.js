// The Timeout object: ref/unref/hasRef/refresh/close and its primitive value.
const t = setTimeout(() => console.log('must not run'), 50);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
console.log(t.refresh() === t);
console.log(typeof +t, Number.isInteger(+t), `${t}` === String(+t));
console.log(typeof t[Symbol.toPrimitive]);
console.log(t.close() === t);
const immediate = setImmediate(() => {});
console.log(immediate.hasRef(), immediate.unref() === immediate, immediate.hasRef());
console.log(immediate.ref() === immediate, immediate.hasRef());
console.log(typeof immediate[Symbol.toPrimitive]);
