// https.Agent's TLS session cache: the second and third connections to one origin
// resume the first one's session (TLS 1.3 tickets, the 'session' event).
'use strict';
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);
const server = https.createServer({ key: read('server.key'), cert: read('server.pem') }, (req, res) => {
  res.end(`reused=${req.socket.isSessionReused()}`);
});
server.listen(0, async () => {
  const port = server.address().port;
  const agent = new https.Agent({ ca: read('ca.pem'), maxCachedSessions: 10 });
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => https.get({ host: 'localhost', port, agent }, (res) => {
      let t = ''; res.on('data', (d) => t += d);
      res.on('end', () => { console.log(i, 'server says', t, 'client', res.socket ? res.socket.isSessionReused() : 'gone'); resolve(); });
    }));
  }
  let sessions = 0;
  const c = tls.connect({ port, host: 'localhost', ca: read('ca.pem') }, () => { c.end(); });
  c.on('session', (s) => { sessions++; });
  c.resume();
  c.on('close', () => { console.log('session events', sessions > 0); server.close(); });
});
