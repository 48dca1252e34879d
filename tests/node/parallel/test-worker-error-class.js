'use strict';
// An uncaught error of the worker keeps, in the parent, its standard base
// class, its message, its name, its code and its other own properties.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  class ConfigError extends TypeError {
    constructor() {
      super('bad config');
      this.name = 'ConfigError';
      this.code = 'E_CONFIG';
      this.details = { key: 'port', values: [1, 2] };
    }
  }
  throw new ConfigError();
`, { eval: true });
worker.on('error', common.mustCall((error) => {
  assert.ok(error instanceof TypeError);
  assert.strictEqual(error.name, 'ConfigError');
  assert.strictEqual(error.message, 'bad config');
  assert.strictEqual(error.code, 'E_CONFIG');
  assert.deepStrictEqual(error.details, { key: 'port', values: [1, 2] });
  assert.match(error.stack, /bad config/);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
