'use strict';
// ChildProcess is an EventEmitter; its streams are net.Sockets.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const { EventEmitter } = require('events');
const net = require('net');
const child = cp.spawn('true');
assert.ok(child instanceof cp.ChildProcess);
assert.ok(child instanceof EventEmitter);
assert.ok(child.stdout instanceof net.Socket);
assert.ok(child.stdin instanceof net.Socket);
child.on('close', common.mustCall());
