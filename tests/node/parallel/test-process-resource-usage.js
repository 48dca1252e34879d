'use strict';
// process.resourceUsage(): every field of getrusage(2), in Node's order;
// CPU times agree with cpuUsage().
require('../common');
const assert = require('assert');

const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
for (const value of Object.values(usage)) assert.ok(Number.isInteger(value) && value >= 0);
assert.ok(usage.maxRSS > 0);
assert.ok(usage.minorPageFault > 0);
const cpu = process.cpuUsage();
assert.ok(cpu.user >= usage.userCPUTime);
assert.ok(cpu.system >= usage.systemCPUTime);
