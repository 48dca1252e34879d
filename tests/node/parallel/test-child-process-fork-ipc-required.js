'use strict';
// fork() with a stdio array must include 'ipc'.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => cp.spawnSync('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
});
