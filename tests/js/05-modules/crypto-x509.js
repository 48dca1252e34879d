// crypto: X509Certificate over certificates the openssl command makes now
// (a CA and a server certificate with subjectAltName); only what does not
// change between runs is printed (no dates, serials or fingerprints).
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crypto-x509-'));
const at = (name) => path.join(dir, name);
const openssl = (...args) => execFileSync('openssl', args, { stdio: 'pipe' });
openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('ca.key'), '-out', at('ca.pem'),
        '-days', '30', '-subj', '/C=US/O=Test CA/CN=test-ca');
openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', at('srv.key'),
        '-out', at('srv.csr'), '-subj', '/C=FR/ST=Paris/O=Example \\, Inc/CN=example.com');
fs.writeFileSync(at('ext'), 'subjectAltName=DNS:example.com,DNS:*.example.org,IP:127.0.0.1,IP:::1,email:a@example.com\n');
openssl('x509', '-req', '-in', at('srv.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'),
        '-CAcreateserial', '-out', at('srv.pem'), '-days', '10', '-extfile', at('ext'));

const ca = new crypto.X509Certificate(fs.readFileSync(at('ca.pem')));
const srv = new crypto.X509Certificate(fs.readFileSync(at('srv.pem')));
console.log(JSON.stringify(srv.subject), JSON.stringify(srv.issuer), JSON.stringify(ca.subject));
console.log(srv.subjectAltName);
console.log('ca', ca.ca, srv.ca);
for (const name of ['example.com', 'EXAMPLE.com', 'a.example.org', 'a.b.example.org', 'example.org', 'other.com']) {
  console.log('checkHost', name, srv.checkHost(name));
}
for (const ip of ['127.0.0.1', '::1', '127.0.0.2']) console.log('checkIP', ip, srv.checkIP(ip));
console.log('verify', srv.verify(ca.publicKey), srv.verify(srv.publicKey), ca.verify(ca.publicKey));
console.log('issued', srv.checkIssued(ca), ca.checkIssued(srv), ca.checkIssued(ca));
console.log('keys', srv.publicKey.asymmetricKeyType, ca.publicKey.asymmetricKeyType,
            ca.publicKey.asymmetricKeyDetails.modulusLength);
console.log('pem', srv.toString() === fs.readFileSync(at('srv.pem'), 'utf8'), srv.raw.length > 300);
console.log('formats', /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(srv.validTo),
            /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(srv.fingerprint256));
try {
  new crypto.X509Certificate(Buffer.from('garbage'));
} catch (e) {
  console.log('garbage', e.name, typeof e.message);
}
fs.rmSync(dir, { recursive: true });
