// https over tls: a server and a keep-alive Agent with a CA, a request by URL and by
// options, and the global agent refusing a certificate it cannot verify.
'use strict';
const https = require('https');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);
const server = https.createServer({ key: read('server.key'), cert: read('server.pem') }, (req, res) => {
  console.log('server:', req.method, req.url, req.headers.host === `localhost:${server.address().port}`, req.socket.encrypted, req.socket.alpnProtocol);
  res.setHeader('content-type', 'text/plain');
  res.end(`hello ${req.url}\n`);
});
server.listen(0, () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, ca: read('ca.pem') });
  https.get(`https://localhost:${port}/one`, { agent }, (res) => {
    console.log('client:', res.statusCode, res.headers['content-type'], res.socket.authorized, res.socket.getProtocol());
    res.setEncoding('utf8');
    res.on('data', (d) => process.stdout.write(d));
    res.on('end', () => {
      setImmediate(() => https.get({ host: 'localhost', port, path: '/two', agent }, (res2) => {
        console.log('second reused socket:', res2.socket === res.socket, 'session reused:', res2.socket.isSessionReused());
        res2.resume();
        res2.on('end', () => {
          https.get(`https://localhost:${port}/three`, (r3) => {}).on('error', (e) => {
            console.log('global agent, no CA:', e.code);
            agent.destroy(); server.close();
          });
        });
      }));
    });
  });
});
