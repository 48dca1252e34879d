'use strict';
// The test certificates of tests/tls/make_certs.sh, which the runner makes
// afresh for every test-tls-* and test-https-* test and names in $TLS_CERTS.
const fs = require('fs');
const path = require('path');

function read(name) {
  if (!process.env.TLS_CERTS) throw new Error('TLS_CERTS is not set (run through tests/node/run.py)');
  return fs.readFileSync(path.join(process.env.TLS_CERTS, name));
}

module.exports = {
  read,
  server: () => ({ key: read('server.key'), cert: read('server.pem') }),
  ca: () => read('ca.pem'),
};
