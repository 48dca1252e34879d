'use strict';
// Agent.getName(): the pool key, "host:port:localAddress" with the family
// when one is given.
require('../common');
const assert = require('assert');
const http = require('http');

const agent = new http.Agent();
assert.strictEqual(agent.getName(), 'localhost::');
assert.strictEqual(agent.getName({ host: 'a.test', port: 80 }), 'a.test:80:');
assert.strictEqual(agent.getName({ host: 'a.test', port: 80, localAddress: '127.0.0.2' }),
                   'a.test:80:127.0.0.2');
assert.strictEqual(agent.getName({ host: 'a.test', port: 80, family: 6 }), 'a.test:80::6');
assert.strictEqual(agent.getName({ host: 'a.test', port: 80, family: 5 }), 'a.test:80:');
assert.strictEqual(agent.keepAlive, false);
assert.strictEqual(agent.maxSockets, Infinity);
assert.strictEqual(agent.maxFreeSockets, 256);
assert.strictEqual(agent.keepAliveMsecs, 1000);
assert.strictEqual(agent.defaultPort, 80);
assert.strictEqual(agent.protocol, 'http:');
assert.throws(() => new http.Agent({ scheduling: 'random' }), { code: 'ERR_INVALID_ARG_VALUE' });
