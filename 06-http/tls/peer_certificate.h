/// \file
/// A certificate as the object tls.TLSSocket#getPeerCertificate() returns
/// (Node: src/crypto/crypto_x509.cc, X509ToObject): subject and issuer as
/// {CN, O, ...}, subjectaltname as "DNS:a, IP Address:b", validity dates in
/// OpenSSL's "Mon DD HH:MM:SS YYYY GMT", serial and fingerprints in hex,
/// and the DER bytes as raw. Also Node's names for the verification
/// results of X509_verify_cert (UNABLE_TO_VERIFY_LEAF_SIGNATURE, ...).
#pragma once

#include <openssl/x509.h>
#include <v8.h>

namespace bindings {

v8::Local<v8::Object> CertificateObject(v8::Isolate* isolate, X509* cert);
/// Node's code for an X509_V_ERR_* value ("CERT_HAS_EXPIRED").
const char* VerifyErrorCode(long result);

}  // namespace bindings
