exports.loads = (globalThis.stateLoads = (globalThis.stateLoads || 0) + 1);
