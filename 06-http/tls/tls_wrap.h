/// \file
/// TLSWrap, the class of the `tls_wrap` binding (Node: src/crypto/crypto_tls.cc):
/// one TLS connection, an OpenSSL SSL object between two memory BIOs.
///
///        socket (ciphertext)                          TLSSocket (cleartext)
///     'data' --> receive(buf) --> [rbio] --> SSL --> onread(buf | null at close_notify)
///     write() <-- onwrite(buf) <-- [wbio] <-- SSL <-- write(buf)
///
/// Why memory BIOs: OpenSSL could own the file descriptor and call read()
/// and write() itself, but then it would block or fight libuv for the
/// socket. With memory BIOs OpenSSL never does I/O: it is a pure
/// transformation of bytes, and the event loop stays in charge of when
/// bytes move. Whatever the TCP stream delivers is written into rbio;
/// whatever OpenSSL wants to send (handshake records, alerts, encrypted
/// data) is drained from wbio after every step and handed to onwrite.
///
/// Node's TLSWrap reads its TCP stream in C++ (it is a StreamBase over a
/// StreamBase). This runtime's sockets hand their bytes to JavaScript (see
/// http_parser.h on consume()), so here lib/_tls_wrap.js carries the bytes
/// between the net.Socket and this object: the same layering, one hop more.
///
///     new TLSWrap(secureContext, isServer)
///     start()                      a client's ClientHello
///     receive(buf)                 ciphertext from the peer
///     write(buf)                   cleartext to send (after the handshake)
///     shutdown()                   send close_notify
///     destroy()                    free the SSL
///     setServername(name), getServername(), setALPNProtocols(wire),
///     setVerifyMode(requestCert), verifyError(), getPeerCertificate(),
///     getProtocol(), getCipher(), getALPNNegotiatedProtocol(),
///     isSessionReused(), getSession(), setSession(der)
///     enableSNICallback()          a server pauses at the ClientHello: onsni(name)
///     setSecureContext(ctx), resumeHandshake()   SNICallback's answer
///     callbacks: onhandshakedone(), onread(buf|null), onwrite(buf), onerror(err),
///                onnewsession(der), onsni(servername)
#pragma once

#include <openssl/ssl.h>
#include <v8.h>

#include "base_object.h"
#include "realm.h"

namespace bindings {

class SecureContext;

class TLSWrap : public BaseObject {
 public:
  TLSWrap(Realm& realm, v8::Local<v8::Object> object, SecureContext* context, bool server);
  ~TLSWrap() override;

  static v8::Local<v8::FunctionTemplate> MakeClass(Realm& realm);
  /// OpenSSL's new-session callback, for a client: onnewsession(der).
  void NewSession(SSL_SESSION* session);
  /// OpenSSL's client-hello callback, for a server: pauses the handshake
  /// once, so that JavaScript can pick the context for the name asked for.
  int ClientHello(SSL* ssl);

 private:
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Receive(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Write(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Destroy(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetServername(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetServername(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetALPNProtocols(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetVerifyMode(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void VerifyError(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetPeerCertificate(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetProtocol(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetCipher(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetALPN(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void IsSessionReused(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetSession(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetSession(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void EnableSNICallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetSecureContext(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ResumeHandshake(const v8::FunctionCallbackInfo<v8::Value>& info);

  /// Moves the connection as far as the bytes in rbio allow: the handshake,
  /// then cleartext up. Drains wbio on the way.
  void Cycle();
  /// Hands what OpenSSL wrote into wbio to onwrite.
  void Flush();
  /// Reports the SSL error `status` (from SSL_get_error) to onerror.
  void Fail(int status);
  /// Calls this[name](argc, argv); false when it threw or we were destroyed.
  bool Call(const char* name, int argc, v8::Local<v8::Value> argv[]);
  void FreeSsl();

  SSL* ssl_ = nullptr;
  BIO* rbio_ = nullptr;             ///< ciphertext in (owned by ssl_)
  BIO* wbio_ = nullptr;             ///< ciphertext out (owned by ssl_)
  v8::Global<v8::Object> context_;  ///< keeps the SecureContext alive
  bool server_;
  bool handshake_done_ = false;
  bool eof_ = false;
  bool destroyed_ = false;
  int cycling_ = 0;
  /// SNI: 0 off, 1 the ClientHello is awaited, 2 paused for onsni, 3 decided.
  int sni_state_ = 0;
  std::string sni_name_;  ///< the name the client asked for ("" when none)  ///< depth of Cycle():
                          ///< destroy() from a callback waits for it
};

}  // namespace bindings
