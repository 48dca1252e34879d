// Boxed primitives: [Number: 3], [String: 'x'], ...
console.log(new Number(3), new Number(-0), new Number(NaN));
console.log(new String('x'), new String(''), new String("it's"));
console.log(new Boolean(true), new Boolean(false));
console.log(Object(1n), Object(Symbol('boxed')), Object(Symbol()));
console.log([new Number(1)], { s: new String('in object') });
const withProp = new String('ab');
withProp.extra = 1;
console.log(withProp);
const numberProp = new Number(5);
numberProp.unit = 'kg';
console.log(numberProp);
class MyNumber extends Number {}
console.log(new MyNumber(7));
class MyString extends String {}
console.log(new MyString('sub'));
const nullProto = new Number(9);
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
console.log(new String('long line\n'.repeat(10)));
console.log({ nested: { deeper: { deepest: new Boolean(false) } } });
