/// \file
/// SecureContext, the class of the `tls_wrap` binding that holds an SSL_CTX
/// (Node: src/crypto/crypto_context.cc). One context is the configuration
/// many connections share: the key and certificate a server presents, the
/// certificate authorities a peer is verified against, the protocol
/// versions, the cipher list, the ALPN protocols a server accepts, and the
/// key that encrypts session tickets. tls.createSecureContext() fills one
/// from its options; each TLSWrap (tls_wrap.h) then makes an SSL from it.
///
///     new SecureContext()
///     ctx.init(minVersion, maxVersion)    "TLSv1.2", "TLSv1.3"
///     ctx.setKey(pem, passphrase)         throws on a bad key or passphrase
///     ctx.setCert(pem)                    the first is the leaf, the rest the chain
///     ctx.addCACert(pem)                  each certificate in the PEM text
///     ctx.loadPKCS12(der, passphrase)     a `pfx`: key, certificate and chain
///     ctx.addRootCerts()                  the system store (OpenSSL's default paths)
///     ctx.setCiphers(list), ctx.setCipherSuites(list)
///     ctx.setALPNProtocols(buffer)        a server's list, in wire format
///     ctx.setSessionTimeout(seconds)
#pragma once

#include <openssl/ssl.h>
#include <v8.h>

#include "base_object.h"
#include "realm.h"

namespace bindings {

class SecureContext : public BaseObject {
 public:
  SecureContext(Realm& realm, v8::Local<v8::Object> object);
  ~SecureContext() override;

  static v8::Local<v8::FunctionTemplate> MakeClass(Realm& realm);

  SSL_CTX* ctx() const { return ctx_; }
  /// The server's ALPN list, in wire format (length-prefixed names).
  const std::string& alpn() const { return alpn_; }

 private:
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Init(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetKey(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetCert(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void AddCACert(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void LoadPKCS12(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void AddRootCerts(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetCiphers(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetCipherSuites(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetALPNProtocols(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetSessionTimeout(const v8::FunctionCallbackInfo<v8::Value>& info);

  SSL_CTX* ctx_ = nullptr;
  std::string alpn_;
};

/// Throws the error at the top of OpenSSL's error queue as a JS Error with
/// Node's code (ERR_SSL_<REASON>), library and reason; clears the queue.
void ThrowOpenSslError(v8::Isolate* isolate, const char* fallback);
/// The same error as a value, for callbacks.
v8::Local<v8::Value> OpenSslError(v8::Isolate* isolate, unsigned long code, const char* fallback);

}  // namespace bindings
