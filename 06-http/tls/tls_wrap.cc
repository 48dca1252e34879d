/// \file
/// TLSWrap: an SSL over two memory BIOs, stepped by JavaScript (tls_wrap.h),
/// and the `tls_wrap` binding's exports.
#include "tls_wrap.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <string>

#include "binding_registry.h"
#include "engine.h"
#include "peer_certificate.h"
#include "secure_context.h"
#include "support/bytes.h"

namespace bindings {
namespace {

/// Verification is decided in JavaScript after the handshake, as in Node:
/// OpenSSL records the result (SSL_get_verify_result) and the handshake
/// goes on, so that a script with rejectUnauthorized: false still connects
/// and can read authorizationError.
int AcceptAnyCertificate(int, X509_STORE_CTX*) { return 1; }

/// A server's ALPN choice: the first of its own protocols the client offers.
int SelectAlpn(SSL*, const unsigned char** out, unsigned char* outlen, const unsigned char* in,
               unsigned int inlen, void* arg) {
  const std::string& ours = static_cast<SecureContext*>(arg)->alpn();
  if (ours.empty()) return SSL_TLSEXT_ERR_NOACK;
  unsigned char* selected = nullptr;
  int status =
      SSL_select_next_proto(&selected, outlen, reinterpret_cast<const unsigned char*>(ours.data()),
                            static_cast<unsigned int>(ours.size()), in, inlen);
  if (status != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = selected;
  return SSL_TLSEXT_ERR_OK;
}

/// A client's new session (TLS 1.3: a ticket the server sent after the
/// handshake): handed to onnewsession, serialized, for the script to offer
/// back on a later connection (https.Agent's cache).
int OnNewSession(SSL* ssl, SSL_SESSION* session);

int OnClientHello(SSL* ssl, int* alert, void*) {
  auto* self = static_cast<TLSWrap*>(SSL_get_app_data(ssl));
  if (self == nullptr) return SSL_CLIENT_HELLO_SUCCESS;
  int result = self->ClientHello(ssl);
  if (result == SSL_CLIENT_HELLO_ERROR) *alert = SSL_AD_INTERNAL_ERROR;
  return result;
}

/// The host name of a ClientHello's server_name extension (RFC 6066: a
/// list length, then entries of type, length and name), "" when absent.
std::string ServerNameOf(SSL* ssl) {
  const unsigned char* data = nullptr;
  size_t length = 0;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &data, &length) || length < 5) {
    return "";
  }
  size_t list = (data[0] << 8) | data[1];
  if (list + 2 != length || data[2] != TLSEXT_NAMETYPE_host_name) return "";
  size_t name = (data[3] << 8) | data[4];
  if (name + 5 > length) return "";
  return std::string(reinterpret_cast<const char*>(data + 5), name);
}

v8::Local<v8::Uint8Array> NewBuffer(v8::Isolate* isolate, const void* data, size_t length) {
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->Data(), data, length);
  return pool::NewByteArray(buffer, 0, length);
}

std::string Bytes(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    auto view = value.As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    view->CopyContents(bytes.data(), bytes.size());
    return bytes;
  }
  v8::String::Utf8Value text(isolate, value);
  return *text == nullptr ? std::string() : std::string(*text, text.length());
}

}  // namespace

TLSWrap::TLSWrap(Realm& realm, v8::Local<v8::Object> object, SecureContext* context, bool server)
    : BaseObject(realm, object), server_(server) {
  context_.Reset(realm.isolate(), context->object());
  ssl_ = SSL_new(context->ctx());
  rbio_ = BIO_new(BIO_s_mem());
  wbio_ = BIO_new(BIO_s_mem());
  // An empty memory BIO reports "retry" rather than end of file.
  BIO_set_mem_eof_return(rbio_, -1);
  BIO_set_mem_eof_return(wbio_, -1);
  SSL_set_bio(ssl_, rbio_, wbio_);
  SSL_set_verify(ssl_, SSL_VERIFY_PEER, AcceptAnyCertificate);
  SSL_set_app_data(ssl_, this);
  if (server) {
    SSL_set_accept_state(ssl_);
    SSL_CTX_set_client_hello_cb(context->ctx(), OnClientHello, nullptr);
    SSL_set_verify(ssl_, SSL_VERIFY_NONE, nullptr);
    if (!context->alpn().empty()) SSL_CTX_set_alpn_select_cb(context->ctx(), SelectAlpn, context);
  } else {
    SSL_set_connect_state(ssl_);
    SSL_CTX_sess_set_new_cb(context->ctx(), OnNewSession);
  }
}

namespace {

int OnNewSession(SSL* ssl, SSL_SESSION* session) {
  auto* self = static_cast<TLSWrap*>(SSL_get_app_data(ssl));
  if (self == nullptr || !SSL_SESSION_is_resumable(session)) return 0;
  self->NewSession(session);
  return 0;  // not kept: the script holds the serialized copy
}

}  // namespace

void TLSWrap::NewSession(SSL_SESSION* session) {
  int length = i2d_SSL_SESSION(session, nullptr);
  if (length <= 0) return;
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate(), length);
  unsigned char* out = static_cast<unsigned char*>(buffer->Data());
  i2d_SSL_SESSION(session, &out);
  v8::Local<v8::Value> argv[] = {pool::NewByteArray(buffer, 0, length)};
  Call("onnewsession", 1, argv);
}

int TLSWrap::ClientHello(SSL* ssl) {
  if (sni_state_ != 1) return SSL_CLIENT_HELLO_SUCCESS;
  // Asking for retry makes SSL_do_handshake() return with
  // SSL_ERROR_WANT_CLIENT_HELLO_CB; Cycle() then asks JavaScript, which
  // answers (now or later) through setSecureContext/resumeHandshake, and
  // the next SSL_do_handshake() calls this again and goes on.
  sni_name_ = ServerNameOf(ssl);
  sni_state_ = 2;
  return SSL_CLIENT_HELLO_RETRY;
}

TLSWrap::~TLSWrap() { FreeSsl(); }

void TLSWrap::FreeSsl() {
  if (ssl_ != nullptr) SSL_free(ssl_);  // frees the BIOs too
  ssl_ = nullptr;
  rbio_ = wbio_ = nullptr;
}

bool TLSWrap::Call(const char* name, int argc, v8::Local<v8::Value> argv[]) {
  if (destroyed_) return false;
  v8::Isolate* isolate = this->isolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> self = object();
  v8::Local<v8::Value> callback;
  if (!self->Get(context, engine::ToV8String(isolate, name)).ToLocal(&callback) ||
      !callback->IsFunction()) {
    return !destroyed_;
  }
  if (callback.As<v8::Function>()->Call(context, self, argc, argv).IsEmpty()) return false;
  return !destroyed_;
}

void TLSWrap::Flush() {
  if (wbio_ == nullptr) return;
  while (size_t pending = BIO_ctrl_pending(wbio_)) {
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate(), pending);
    int n = BIO_read(wbio_, buffer->Data(), static_cast<int>(pending));
    if (n <= 0) return;
    v8::Local<v8::Value> argv[] = {pool::NewByteArray(buffer, 0, n)};
    if (!Call("onwrite", 1, argv)) return;
  }
}

void TLSWrap::Fail(int status) {
  unsigned long code = ERR_peek_last_error();
  const char* fallback = status == SSL_ERROR_SYSCALL ? "socket hang up" : "TLS error";
  v8::Local<v8::Value> error = OpenSslError(isolate(), code, fallback);
  ERR_clear_error();
  v8::Local<v8::Value> argv[] = {error};
  Call("onerror", 1, argv);
}

void TLSWrap::Cycle() {
  if (ssl_ == nullptr || destroyed_) return;
  cycling_++;
  if (!handshake_done_) {
    int r = SSL_do_handshake(ssl_);
    if (r == 1) {
      handshake_done_ = true;
      // JavaScript hears of it before the last handshake bytes go out: a
      // client that refuses the server's certificate destroys the socket
      // here, and its Finished never reaches the server, which then never
      // reports a connection.
      Call("onhandshakedone", 0, nullptr);
    } else {
      int status = SSL_get_error(ssl_, r);
      Flush();  // the alert, if any, goes out before the error is told
      if (status == SSL_ERROR_WANT_CLIENT_HELLO_CB) {
        // Paused for SNICallback: nothing more until resumeHandshake().
        v8::Local<v8::Value> argv[] = {engine::ToV8String(isolate(), sni_name_)};
        Call("onsni", 1, argv);
        if (--cycling_ == 0 && destroyed_) FreeSsl();
        return;
      }
      if (status != SSL_ERROR_WANT_READ && status != SSL_ERROR_WANT_WRITE) Fail(status);
    }
  }
  // Cleartext up, one record's worth at a time.
  char data[16 * 1024];
  while (handshake_done_ && !destroyed_ && !eof_ && ssl_ != nullptr) {
    int n = SSL_read(ssl_, data, sizeof(data));
    if (n > 0) {
      v8::Local<v8::Value> argv[] = {NewBuffer(isolate(), data, n)};
      if (!Call("onread", 1, argv)) break;
      continue;
    }
    int status = SSL_get_error(ssl_, n);
    Flush();
    if (status == SSL_ERROR_ZERO_RETURN) {  // the peer's close_notify
      eof_ = true;
      v8::Local<v8::Value> argv[] = {v8::Null(isolate())};
      Call("onread", 1, argv);
    } else if (status != SSL_ERROR_WANT_READ && status != SSL_ERROR_WANT_WRITE) {
      Fail(status);
    }
    break;
  }
  Flush();
  if (--cycling_ == 0 && destroyed_) FreeSsl();
}

// ---- The methods JavaScript calls ----

void TLSWrap::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm& realm = Realm::GetCurrent(info);
  if (!info[0]->IsObject()) {
    realm.isolate()->ThrowException(v8::Exception::TypeError(
        engine::ToV8String(realm.isolate(), "TLSWrap needs a SecureContext")));
    return;
  }
  SecureContext* context = Unwrap<SecureContext>(info[0].As<v8::Object>());
  new TLSWrap(realm, info.This(), context, info[1]->IsTrue());
}

void TLSWrap::Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Unwrap<TLSWrap>(info.This())->Cycle();
}

void TLSWrap::Receive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr || self->destroyed_ || !info[0]->IsArrayBufferView()) return;
  auto view = info[0].As<v8::ArrayBufferView>();
  std::string bytes(view->ByteLength(), '\0');
  view->CopyContents(bytes.data(), bytes.size());
  BIO_write(self->rbio_, bytes.data(), static_cast<int>(bytes.size()));
  self->Cycle();
}

void TLSWrap::Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr || self->destroyed_) return;
  std::string bytes = Bytes(info.GetIsolate(), info[0]);
  size_t offset = 0;
  while (offset < bytes.size()) {
    int n = SSL_write(self->ssl_, bytes.data() + offset, static_cast<int>(bytes.size() - offset));
    if (n <= 0) {
      self->Fail(SSL_get_error(self->ssl_, n));
      return;
    }
    offset += n;
  }
  self->Flush();
}

void TLSWrap::Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr || self->destroyed_ || !self->handshake_done_) return;
  SSL_shutdown(self->ssl_);
  ERR_clear_error();
  self->Flush();
}

void TLSWrap::Destroy(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  self->destroyed_ = true;
  if (self->cycling_ == 0) self->FreeSsl();
  // The TLSSocket may now drop this object; the GC then deletes it.
  self->MakeWeak();
}

void TLSWrap::SetServername(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr) return;
  std::string name = Bytes(info.GetIsolate(), info[0]);
  SSL_set_tlsext_host_name(self->ssl_, name.c_str());
}

void TLSWrap::GetServername(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  const char* name =
      self->ssl_ == nullptr ? nullptr : SSL_get_servername(self->ssl_, TLSEXT_NAMETYPE_host_name);
  if (name == nullptr) {
    info.GetReturnValue().Set(false);
  } else {
    info.GetReturnValue().Set(engine::ToV8String(info.GetIsolate(), name));
  }
}

void TLSWrap::SetALPNProtocols(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr) return;
  std::string wire = Bytes(info.GetIsolate(), info[0]);
  SSL_set_alpn_protos(self->ssl_, reinterpret_cast<const unsigned char*>(wire.data()),
                      static_cast<unsigned int>(wire.size()));
}

void TLSWrap::SetVerifyMode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr || !self->server_) return;
  if (info[0]->IsTrue()) {
    SSL_set_verify(self->ssl_, SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, AcceptAnyCertificate);
  }
}

void TLSWrap::VerifyError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  if (self->ssl_ == nullptr) return info.GetReturnValue().SetNull();
  X509* peer = SSL_get1_peer_certificate(self->ssl_);
  long result = X509_V_OK;
  if (peer == nullptr) {
    // A client always gets the server's certificate; a server asked for
    // the client's and got none.
    result = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  } else {
    X509_free(peer);
    result = SSL_get_verify_result(self->ssl_);
  }
  if (result == X509_V_OK) return info.GetReturnValue().SetNull();
  const char* message = X509_verify_cert_error_string(result);
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  error
      ->Set(isolate->GetCurrentContext(), engine::ToV8String(isolate, "code"),
            engine::ToV8String(isolate, VerifyErrorCode(result)))
      .Check();
  info.GetReturnValue().Set(error);
}

void TLSWrap::GetPeerCertificate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  X509* peer = self->ssl_ == nullptr ? nullptr : SSL_get1_peer_certificate(self->ssl_);
  if (peer == nullptr) return info.GetReturnValue().SetUndefined();
  info.GetReturnValue().Set(CertificateObject(info.GetIsolate(), peer));
  X509_free(peer);
}

void TLSWrap::GetProtocol(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr) return info.GetReturnValue().SetNull();
  info.GetReturnValue().Set(engine::ToV8String(info.GetIsolate(), SSL_get_version(self->ssl_)));
}

void TLSWrap::GetCipher(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  const SSL_CIPHER* cipher = self->ssl_ == nullptr ? nullptr : SSL_get_current_cipher(self->ssl_);
  if (cipher == nullptr) return info.GetReturnValue().SetUndefined();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  object
      ->Set(context, engine::ToV8String(isolate, "name"),
            engine::ToV8String(isolate, SSL_CIPHER_get_name(cipher)))
      .Check();
  object
      ->Set(context, engine::ToV8String(isolate, "standardName"),
            engine::ToV8String(isolate, SSL_CIPHER_standard_name(cipher)))
      .Check();
  object
      ->Set(context, engine::ToV8String(isolate, "version"),
            engine::ToV8String(isolate, SSL_CIPHER_get_version(cipher)))
      .Check();
  info.GetReturnValue().Set(object);
}

void TLSWrap::GetALPN(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  const unsigned char* data = nullptr;
  unsigned int length = 0;
  if (self->ssl_ != nullptr) SSL_get0_alpn_selected(self->ssl_, &data, &length);
  if (length == 0) return info.GetReturnValue().Set(false);
  info.GetReturnValue().Set(engine::ToV8String(
      info.GetIsolate(), std::string(reinterpret_cast<const char*>(data), length)));
}

void TLSWrap::IsSessionReused(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  // No connection any more, no answer: null, as in Node.
  if (self->ssl_ == nullptr) return info.GetReturnValue().SetNull();
  info.GetReturnValue().Set(SSL_session_reused(self->ssl_) == 1);
}

void TLSWrap::GetSession(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  SSL_SESSION* session = self->ssl_ == nullptr ? nullptr : SSL_get_session(self->ssl_);
  if (session == nullptr) return info.GetReturnValue().SetUndefined();
  int length = i2d_SSL_SESSION(session, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(info.GetIsolate(), length);
  unsigned char* out = static_cast<unsigned char*>(buffer->Data());
  i2d_SSL_SESSION(session, &out);
  info.GetReturnValue().Set(pool::NewByteArray(buffer, 0, length));
}

void TLSWrap::SetSession(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr || !info[0]->IsArrayBufferView()) return;
  std::string der = Bytes(info.GetIsolate(), info[0]);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  SSL_SESSION* session = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(der.size()));
  if (session == nullptr) return ERR_clear_error();
  SSL_set_session(self->ssl_, session);
  SSL_SESSION_free(session);
}

void TLSWrap::EnableSNICallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->server_ && self->sni_state_ == 0) self->sni_state_ = 1;
}

/// SNICallback's context lends this connection its key, certificate and
/// chain; the rest (trusted CAs, versions, ciphers, tickets) stays the
/// server's. This is Node's way: it copies the three onto the SSL rather
/// than swap the whole SSL_CTX, so a context without a chain leaves the
/// server's chain in place, and we match it.
void TLSWrap::SetSecureContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->ssl_ == nullptr || !info[0]->IsObject()) return;
  SecureContext* context = Unwrap<SecureContext>(info[0].As<v8::Object>());
  if (context == nullptr) return;
  SSL_CTX* ctx = context->ctx();
  X509* cert = SSL_CTX_get0_certificate(ctx);
  EVP_PKEY* key = SSL_CTX_get0_privatekey(ctx);
  STACK_OF(X509)* chain = nullptr;
  int ok = SSL_CTX_get0_chain_certs(ctx, &chain);
  if (ok == 1 && cert != nullptr) ok = SSL_use_certificate(self->ssl_, cert);
  if (ok == 1 && key != nullptr) ok = SSL_use_PrivateKey(self->ssl_, key);
  if (ok == 1 && chain != nullptr) SSL_set1_chain(self->ssl_, chain);
  ERR_clear_error();
}

void TLSWrap::ResumeHandshake(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TLSWrap* self = Unwrap<TLSWrap>(info.This());
  if (self->sni_state_ != 2) return;
  self->sni_state_ = 3;
  self->Cycle();
}

v8::Local<v8::FunctionTemplate> TLSWrap::MakeClass(Realm& realm) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("TLSWrap", New);
  realm.SetProtoMethod(klass, "start", Start);
  realm.SetProtoMethod(klass, "receive", Receive);
  realm.SetProtoMethod(klass, "write", Write);
  realm.SetProtoMethod(klass, "shutdown", Shutdown);
  realm.SetProtoMethod(klass, "destroy", Destroy);
  realm.SetProtoMethod(klass, "setServername", SetServername);
  realm.SetProtoMethod(klass, "getServername", GetServername);
  realm.SetProtoMethod(klass, "setALPNProtocols", SetALPNProtocols);
  realm.SetProtoMethod(klass, "setVerifyMode", SetVerifyMode);
  realm.SetProtoMethod(klass, "verifyError", VerifyError);
  realm.SetProtoMethod(klass, "getPeerCertificate", GetPeerCertificate);
  realm.SetProtoMethod(klass, "getProtocol", GetProtocol);
  realm.SetProtoMethod(klass, "getCipher", GetCipher);
  realm.SetProtoMethod(klass, "getALPNNegotiatedProtocol", GetALPN);
  realm.SetProtoMethod(klass, "isSessionReused", IsSessionReused);
  realm.SetProtoMethod(klass, "getSession", GetSession);
  realm.SetProtoMethod(klass, "setSession", SetSession);
  realm.SetProtoMethod(klass, "enableSNICallback", EnableSNICallback);
  realm.SetProtoMethod(klass, "setSecureContext", SetSecureContext);
  realm.SetProtoMethod(klass, "resumeHandshake", ResumeHandshake);
  return klass;
}

namespace {

/// The system's root certificates as PEM strings, for tls.rootCertificates.
v8::Local<v8::Array> RootCertificates(v8::Isolate* isolate) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> list = v8::Array::New(isolate);
  BIO* in = BIO_new_file(X509_get_default_cert_file(), "r");
  if (in == nullptr) {
    ERR_clear_error();
    return list;
  }
  uint32_t count = 0;
  while (X509* cert = PEM_read_bio_X509(in, nullptr, nullptr, nullptr)) {
    BIO* out = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(out, cert);
    char* data = nullptr;
    long length = BIO_get_mem_data(out, &data);
    list->Set(context, count++, engine::ToV8String(isolate, std::string(data, length))).Check();
    BIO_free(out);
    X509_free(cert);
  }
  ERR_clear_error();
  BIO_free(in);
  return list;
}

void GetRootCertificates(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(RootCertificates(info.GetIsolate()));
}

void Initialize(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::Context> context = realm.context();
  exports
      ->Set(context, realm.Name("SecureContext"),
            SecureContext::MakeClass(realm)->GetFunction(context).ToLocalChecked())
      .Check();
  exports
      ->Set(context, realm.Name("TLSWrap"),
            TLSWrap::MakeClass(realm)->GetFunction(context).ToLocalChecked())
      .Check();
  realm.SetMethod(exports, "getRootCertificates", GetRootCertificates);
}

}  // namespace

BINDING_REGISTER(tls_wrap, Initialize);

}  // namespace bindings
