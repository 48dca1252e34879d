// An https server for tests/tls/peers_test.py: prints its port, answers
// every request with its method, URL and the TLS protocol, and stops after
// the number of requests given as argv[2]. Certificates: $TLS_CERTS.
'use strict';
const https = require('https');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);
let left = Number(process.argv[2] || 1);
const server = https.createServer({ key: read('server.key'), cert: read('server.pem') },
                                  (req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.end(`${req.method} ${req.url} over ${req.socket.getProtocol()}\n`);
  if (--left === 0) server.close();
});
server.on('tlsClientError', (err) => console.log(`tlsClientError ${err.code}`));
server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port}`));
