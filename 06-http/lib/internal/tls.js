// What the tls modules share: their error codes, registered through 05's
// errors.js `E()` as internal/http.js does for http's, and the host name
// check of tls.checkServerIdentity(). (Node: lib/tls.js, lib/internal/tls/.)
'use strict';

const { E, codes } = require('internal/errors');
const { isIP } = require('internal/net');

E('ERR_TLS_CERT_ALTNAME_INVALID', (reason) =>
  `Hostname/IP does not match certificate's altnames: ${reason}`, Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', (protocol, type) =>
  `${JSON.stringify(protocol)} is not a valid ${type} TLS protocol version`, TypeError);

// A certificate's DNS name matches a host when they are equal ignoring
// case, or when the name is "*.rest" and the host is one label followed by
// ".rest" (a wildcard covers one label only, never a bare "*" or "*.com"-like
// single label).
function matchName(host, pattern) {
  host = host.toLowerCase().replace(/\.$/, '');
  pattern = pattern.toLowerCase().replace(/\.$/, '');
  if (host === pattern) return true;
  const hostLabels = host.split('.');
  const patternLabels = pattern.split('.');
  if (patternLabels.length < 3 || hostLabels.length !== patternLabels.length) return false;
  if (patternLabels[0] !== '*') return false;
  for (let i = 1; i < patternLabels.length; i++) {
    if (patternLabels[i] !== hostLabels[i]) return false;
  }
  return hostLabels[0] !== '';
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(name.slice(11));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  if (isIP(hostname)) {
    valid = ips.includes(hostname);
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = hostname.split('.');
    const host = hostParts.join('.');
    if (dnsNames.length > 0) {
      valid = dnsNames.some((name) => matchName(host, name));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((name) => matchName(host, name)) : matchName(host, cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const error = new codes.ERR_TLS_CERT_ALTNAME_INVALID(reason);
  error.reason = reason;
  error.host = hostname;
  error.cert = cert;
  return error;
}

module.exports = { checkServerIdentity };
