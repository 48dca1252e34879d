// Errors: the stack, own properties in braces after it, the [Error: msg]
// form when there are no frames, corrected first lines, nesting. The stacks
// are replaced by fixed text, so that stdout is the same on every runtime.
function withStack(error, frames = ['    at f (/app/a.js:1:1)', '    at g (/app/b.js:2:2)']) {
  error.stack = [error.stack.split('\n')[0], ...frames].join('\n');
  return error;
}
console.log(withStack(new Error('boom')));
console.log(withStack(new TypeError('bad type')));
console.log(withStack(new RangeError('out of range')));

const noFrames = new Error('no frames');
noFrames.stack = 'Error: no frames';
console.log(noFrames);
console.log([noFrames], { e: noFrames });

const noStack = new Error('stack removed');
delete noStack.stack;
noStack.stack = undefined;
console.log(noStack);
const emptyMessage = new Error();
emptyMessage.stack = 'Error';
console.log(emptyMessage);

const withCode = withStack(new Error('with code'));
withCode.code = 'E_CODE';
withCode.errno = -2;
console.log(withCode);
const noFramesCode = new Error('no frames, code');
noFramesCode.stack = 'Error: no frames, code';
noFramesCode.code = 'E_X';
console.log(noFramesCode);

console.log({ nested: withStack(new Error('inside object')) });
console.log([withStack(new Error('inside array'))]);
console.log({ level1: { level2: withCode } });

class MyError extends Error {}
console.log(withStack(new MyError('subclass')));
class NamedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NamedError';
  }
}
console.log(withStack(new NamedError('named')));
const renamed = new Error('renamed');
renamed.name = 'Custom';
console.log(withStack(renamed));
const renamedAfter = withStack(new Error('renamed after'));
renamedAfter.name = 'Later';
console.log(renamedAfter);
class ValidationError extends TypeError {}
console.log(withStack(new ValidationError('validation')));
const nullProto = withStack(new Error('null prototype'));
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
const fake = Object.create(Error.prototype);
fake.message = 'not native';
console.log(fake);

const multiline = new Error('line one\nline two');
multiline.stack = 'Error: line one\nline two\n    at f (/app/a.js:1:1)';
console.log(multiline);
const messageWithAt = new Error('x\n    at not a frame');
messageWithAt.stack = 'Error: x\n    at not a frame\n    at f (/app/a.js:1:1)';
console.log(messageWithAt);

const cause = withStack(new Error('the cause'));
const withCause = withStack(new Error('the effect', { cause }));
console.log(withCause);
const primitiveCause = new Error('primitive cause', { cause: 'just a string' });
primitiveCause.stack = 'Error: primitive cause';
console.log(primitiveCause);
const shared = ['    at a (/x.js:1:1)', '    at b (/x.js:2:1)', '    at c (/x.js:3:1)',
  '    at d (/x.js:4:1)', '    at e (/x.js:5:1)'];
const inner = withStack(new Error('inner'), shared);
const outerError = withStack(new Error('outer', { cause: inner }), ['    at z (/y.js:9:9)', ...shared]);
console.log(outerError);

const aggregate = new AggregateError([new Error('one'), new Error('two')], 'many');
aggregate.stack = 'AggregateError: many';
aggregate.errors.forEach((e, i) => { e.stack = `Error: ${['one', 'two'][i]}`; });
console.log(aggregate);

const thrower = new Error('getter');
thrower.stack = 'Error: getter';
Object.defineProperty(thrower, 'detail', { get() { throw new Error('no'); }, enumerable: true });
console.log(thrower);
const enumerableMessage = new Error('shown once');
enumerableMessage.stack = 'Error: shown once';
Object.defineProperty(enumerableMessage, 'message', { value: 'shown once', enumerable: true });
console.log(enumerableMessage);
const odd = new Error('odd');
odd.stack = 'not a normal stack at all';
console.log(odd);
console.log(withStack(new Error('')));
try {
  null.x;
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n')[0]);
}
