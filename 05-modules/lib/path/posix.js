'use strict';
// require('path/posix'): the POSIX flavour of path, which on Linux is path.

module.exports = require('path').posix;
