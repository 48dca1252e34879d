/// \file
/// X.509 certificates for the `crypto` binding: X509Handle, an OpenSSL X509
/// held by a JS object, under lib/internal/crypto/x509.js's
/// X509Certificate. (Node: src/crypto/crypto_x509.cc.)
#pragma once

#include <v8.h>

namespace bindings {
class Realm;
}

namespace modules {

/// Adds X509Handle to `exports`.
void InitializeX509(bindings::Realm& realm, v8::Local<v8::Object> exports);

}  // namespace modules
