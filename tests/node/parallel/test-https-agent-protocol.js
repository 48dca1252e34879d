'use strict';
// https.Agent is an http.Agent for port 443 and 'https:'; an http: URL
// given to https.request is refused with ERR_INVALID_PROTOCOL.
require('../common');
const assert = require('assert');
const http = require('http');
const https = require('https');

const agent = new https.Agent();
assert.ok(agent instanceof http.Agent);
assert.strictEqual(agent.defaultPort, 443);
assert.strictEqual(agent.protocol, 'https:');
assert.strictEqual(https.globalAgent.defaultPort, 443);
assert.throws(() => https.request('http://localhost/'), { code: 'ERR_INVALID_PROTOCOL' });
