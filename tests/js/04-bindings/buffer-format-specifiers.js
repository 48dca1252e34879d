// util.format's %s prints a Buffer through its own toString (it is not a
// built-in of the language), %o and %O inspect it.
const b = Buffer.from('hi');
console.log('%s|%O|%j', b, b, b);
console.log('%s', [b], { b });
console.log(`${b}`, String(Buffer.from('é')));
