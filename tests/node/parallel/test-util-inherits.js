'use strict';
// util.inherits(ctor, superCtor) links the prototypes and sets
// ctor.super_; the arguments are checked.
require('../common');
const assert = require('assert');
const util = require('util');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function() { return `${this.name} makes a sound`; };
function Dog(name) { Dog.super_.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function() { return 'woof'; };

const dog = new Dog('Rex');
assert.strictEqual(Dog.super_, Animal);
assert.ok(dog instanceof Dog);
assert.ok(dog instanceof Animal);
assert.strictEqual(dog.speak(), 'Rex makes a sound');
assert.strictEqual(dog.bark(), 'woof');
assert.strictEqual(Object.getPrototypeOf(Dog.prototype), Animal.prototype);
assert.strictEqual(Dog.prototype.constructor, Dog);
const descriptor = Object.getOwnPropertyDescriptor(Dog, 'super_');
assert.strictEqual(descriptor.enumerable, false);
assert.strictEqual(descriptor.writable, true);

assert.throws(() => util.inherits(null, Animal), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Dog, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(Dog, Object.assign(() => {}, { prototype: undefined })), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "superCtor.prototype" property must be of type object/,
});
