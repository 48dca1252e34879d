// `crypto`: for now the C++ module of stage 03 (03-threadpool/modules/), as a
// binding.
'use strict';

module.exports = internalBinding('pool_crypto');
