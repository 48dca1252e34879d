// `fs`: for now the C++ module of stage 03 (03-threadpool/modules/), as a
// binding. The JavaScript fs over Node's `fs` binding replaces it.
'use strict';

module.exports = internalBinding('pool_fs');
