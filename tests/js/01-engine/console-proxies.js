// A Proxy is inspected as its target, without running any trap; %o shows
// the proxy itself.
console.log(new Proxy({ a: 1 }, {}));
console.log(new Proxy([1, 2, 3], {}));
const throwing = new Proxy({ b: 2 }, {
  get() { throw new Error('get trap'); },
  ownKeys() { throw new Error('ownKeys trap'); },
  getOwnPropertyDescriptor() { throw new Error('descriptor trap'); },
  getPrototypeOf() { throw new Error('prototype trap'); },
  has() { throw new Error('has trap'); },
});
console.log(throwing);
console.log({ nested: throwing }, [throwing]);
console.log(new Proxy(function target() {}, {}));
console.log(new Proxy(new Map([[1, 2]]), {}));
console.log(new Proxy(new Proxy({ inner: true }, {}), {}));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(proxy);
console.log([proxy]);
console.log('%o', new Proxy({ a: 1 }, { get: () => 5 }));
console.log('%o', proxy);
console.log('%s', new Proxy({ c: 3 }, {}));
console.log('%s', throwing);
console.log('%d', new Proxy({}, {}));
class Watched {
  constructor() {
    this.value = 1;
  }
}
console.log(new Proxy(new Watched(), {}));
console.log('still running');
