/// \file
/// Asymmetric keys for the `crypto` binding: an OpenSSL EVP_PKEY held by a
/// JS object (Node's KeyObjectHandle), parsed from PEM or DER, generated on
/// the thread pool, exported, and used to sign and verify.
/// (Node: src/crypto/crypto_keys.cc, crypto_keygen.cc, crypto_sig.cc.)
#pragma once

#include <v8.h>

namespace bindings {
class Realm;
}

namespace modules {

/// Adds KeyHandle, generateKeyPair, sign and verify to `exports`.
void InitializeKeys(bindings::Realm& realm, v8::Local<v8::Object> exports);

}  // namespace modules
