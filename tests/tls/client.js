// An https client for tests/tls/peers_test.py: GETs https://localhost:PORT/
// (argv[2]) trusting only the test CA, and prints the status, whether the
// peer was authorized and the start of the body.
'use strict';
const https = require('https');
const fs = require('fs');
const ca = fs.readFileSync(`${process.env.TLS_CERTS}/ca.pem`);
https.get({ host: 'localhost', port: Number(process.argv[2]), path: '/', ca, agent: false }, (res) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => { body += chunk; });
  res.on('end', () => {
    console.log(`status ${res.statusCode} authorized ${res.socket.authorized}`);
    console.log(body.split('\n')[0]);
  });
}).on('error', (err) => console.log(`error ${err.code}`));
