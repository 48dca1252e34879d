// Objects can print themselves through a method under the registered symbol
// nodejs.util.inspect.custom, which Node's util.inspect calls.
const custom = Symbol.for('nodejs.util.inspect.custom');
class Money {
  constructor(amount) {
    this.amount = amount;
  }
  [custom]() {
    return `Money<${this.amount}>`;
  }
}
console.log(new Money(5));
console.log([new Money(1), new Money(2)], { price: new Money(3) });
console.log('%o and %O', new Money(4), new Money(6));
console.log({ [custom]: () => ({ replaced: true }) });
console.log({ [custom]: () => 'multi\nline' }, [{ [custom]: () => 'a\nb' }]);
console.log({ nested: { [custom]: () => 'line 1\nline 2' } });
const depthSeen = [];
const probe = {
  [custom](depth, options) {
    depthSeen.push(depth, options.depth, options.breakLength, typeof options.stylize);
    return options.stylize('probed', 'special');
  },
};
console.log({ a: { b: probe } });
console.log(depthSeen);
const returnsThis = {
  value: 1,
  [custom]() {
    return this;
  },
};
console.log(returnsThis);
console.log(Money.prototype);
const notAFunction = { [custom]: 'just a string', other: 1 };
console.log(notAFunction);
console.log('%s', new Money(7));
console.log(new Proxy(new Money(8), {}));
