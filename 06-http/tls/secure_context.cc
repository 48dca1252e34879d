/// \file
/// SecureContext: an SSL_CTX configured from tls.createSecureContext()'s
/// options (secure_context.h). Every setter reads PEM text through a memory
/// BIO, so that key and certificate never touch the file system here: the
/// script read them, as in Node.
#include "secure_context.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cctype>
#include <string>

#include "engine.h"

namespace bindings {
namespace {

std::string ToString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    auto view = value.As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    view->CopyContents(bytes.data(), bytes.size());
    return bytes;
  }
  v8::String::Utf8Value text(isolate, value);
  return *text == nullptr ? std::string() : std::string(*text, text.length());
}

/// A read-only memory BIO over `text` (valid while `text` lives).
BIO* MemoryBio(const std::string& text) {
  return BIO_new_mem_buf(text.data(), static_cast<int>(text.size()));
}

int PassphraseCallback(char* buf, int size, int, void* user) {
  const std::string* passphrase = static_cast<const std::string*>(user);
  if (passphrase == nullptr) return -1;
  int length = static_cast<int>(passphrase->size());
  if (length > size) length = size;
  memcpy(buf, passphrase->data(), length);
  return length;
}

}  // namespace

v8::Local<v8::Value> OpenSslError(v8::Isolate* isolate, unsigned long code, const char* fallback) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (code == 0) return v8::Exception::Error(engine::ToV8String(isolate, fallback));
  char text[256];
  ERR_error_string_n(code, text, sizeof(text));
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, text)).As<v8::Object>();
  const char* library = ERR_lib_error_string(code);
  const char* reason = ERR_reason_error_string(code);
  if (library != nullptr) {
    error
        ->Set(context, engine::ToV8String(isolate, "library"), engine::ToV8String(isolate, library))
        .Check();
  }
  if (reason != nullptr) {
    error->Set(context, engine::ToV8String(isolate, "reason"), engine::ToV8String(isolate, reason))
        .Check();
    // Node's code: ERR_SSL_ for the SSL library's reasons, ERR_OSSL_ for
    // the rest of OpenSSL's, then the reason in capitals.
    std::string lib = library != nullptr && std::string(library) == "SSL routines" ? "SSL" : "OSSL";
    std::string upper;
    for (const char* p = reason; *p != '\0'; p++) {
      upper += *p == ' ' || *p == '-' ? '_' : static_cast<char>(toupper(*p));
    }
    error
        ->Set(context, engine::ToV8String(isolate, "code"),
              engine::ToV8String(isolate, "ERR_" + lib + "_" + upper))
        .Check();
  }
  return error;
}

void ThrowOpenSslError(v8::Isolate* isolate, const char* fallback) {
  // The first error queued is the cause; later ones are callers giving up.
  unsigned long code = ERR_peek_error();
  v8::Local<v8::Value> error = OpenSslError(isolate, code, fallback);
  ERR_clear_error();
  isolate->ThrowException(error);
}

SecureContext::SecureContext(Realm& realm, v8::Local<v8::Object> object)
    : BaseObject(realm, object) {
  ctx_ = SSL_CTX_new(TLS_method());
  // Renegotiation is refused, as in Node (a client-started one in TLS 1.2
  // was a denial-of-service lever); compression never.
  SSL_CTX_set_options(ctx_, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
  SSL_CTX_set_min_proto_version(ctx_, TLS1_2_VERSION);
  // Partial writes and a moving buffer: our writes go into a memory BIO.
  SSL_CTX_set_mode(ctx_, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                             SSL_MODE_RELEASE_BUFFERS);
  SSL_CTX_set_session_cache_mode(ctx_, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER);
  MakeWeak();
}

SecureContext::~SecureContext() { SSL_CTX_free(ctx_); }

void SecureContext::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  new SecureContext(Realm::GetCurrent(info), info.This());
}

static int ProtoVersion(const std::string& name) {
  if (name == "TLSv1.3") return TLS1_3_VERSION;
  if (name == "TLSv1.2") return TLS1_2_VERSION;
  if (name == "TLSv1.1") return TLS1_1_VERSION;
  if (name == "TLSv1") return TLS1_VERSION;
  return 0;
}

void SecureContext::Init(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  int min = ProtoVersion(ToString(isolate, info[0]));
  int max = ProtoVersion(ToString(isolate, info[1]));
  if (min != 0) SSL_CTX_set_min_proto_version(self->ctx_, min);
  if (max != 0) SSL_CTX_set_max_proto_version(self->ctx_, max);
}

void SecureContext::SetKey(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  std::string pem = ToString(isolate, info[0]);
  bool has_passphrase = info[1]->IsString() || info[1]->IsArrayBufferView();
  std::string passphrase = has_passphrase ? ToString(isolate, info[1]) : std::string();
  BIO* bio = MemoryBio(pem);
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, PassphraseCallback,
                                          has_passphrase ? &passphrase : nullptr);
  BIO_free(bio);
  if (key == nullptr) return ThrowOpenSslError(isolate, "Failed to read private key");
  int ok = SSL_CTX_use_PrivateKey(self->ctx_, key);
  EVP_PKEY_free(key);
  if (!ok) return ThrowOpenSslError(isolate, "Failed to use private key");
}

void SecureContext::SetCert(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  std::string pem = ToString(isolate, info[0]);
  BIO* bio = MemoryBio(pem);
  X509* leaf = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
  if (leaf == nullptr) {
    BIO_free(bio);
    return ThrowOpenSslError(isolate, "Failed to read certificate");
  }
  int ok = SSL_CTX_use_certificate(self->ctx_, leaf);
  X509_free(leaf);
  SSL_CTX_clear_chain_certs(self->ctx_);
  while (X509* extra = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    SSL_CTX_add0_chain_cert(self->ctx_, extra);  // takes ownership
  }
  ERR_clear_error();  // the end of the text reads as an error
  BIO_free(bio);
  if (!ok) return ThrowOpenSslError(isolate, "Failed to use certificate");
}

/// A PKCS#12 bundle (`pfx`): key, certificate and chain in one file under
/// one passphrase. Its CA certificates both go out as the chain and are
/// trusted, as in Node. A wrong passphrase fails OpenSSL's MAC check: the
/// error is OpenSSL's reason alone ("mac verify failure"), Node's message.
void SecureContext::LoadPKCS12(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  std::string der = ToString(isolate, info[0]);
  std::string passphrase =
      info[1]->IsString() || info[1]->IsArrayBufferView() ? ToString(isolate, info[1]) : "";
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  PKCS12* p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(der.size()));
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* extra = nullptr;
  bool ok = p12 != nullptr && PKCS12_parse(p12, passphrase.c_str(), &key, &cert, &extra) == 1 &&
            SSL_CTX_use_certificate(self->ctx_, cert) == 1 &&
            SSL_CTX_use_PrivateKey(self->ctx_, key) == 1;
  if (ok) {
    X509_STORE* store = SSL_CTX_get_cert_store(self->ctx_);
    for (int i = 0; extra != nullptr && i < sk_X509_num(extra); i++) {
      X509* ca = sk_X509_value(extra, i);
      SSL_CTX_add1_chain_cert(self->ctx_, ca);
      X509_STORE_add_cert(store, ca);
      SSL_CTX_add_client_CA(self->ctx_, ca);
    }
  }
  unsigned long code = ERR_peek_error();
  ERR_clear_error();
  EVP_PKEY_free(key);
  X509_free(cert);
  sk_X509_pop_free(extra, X509_free);
  PKCS12_free(p12);
  if (ok) return;
  const char* reason = code == 0 ? nullptr : ERR_reason_error_string(code);
  isolate->ThrowException(v8::Exception::Error(
      engine::ToV8String(isolate, reason != nullptr ? reason : "Unable to load PFX certificate")));
}

void SecureContext::AddCACert(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  std::string pem = ToString(isolate, info[0]);
  BIO* bio = MemoryBio(pem);
  X509_STORE* store = SSL_CTX_get_cert_store(self->ctx_);
  int count = 0;
  while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    X509_STORE_add_cert(store, cert);
    // A server asks its clients for certificates signed by these.
    SSL_CTX_add_client_CA(self->ctx_, cert);
    X509_free(cert);
    count++;
  }
  ERR_clear_error();
  BIO_free(bio);
  if (count == 0)
    isolate->ThrowException(v8::Exception::Error(
        engine::ToV8String(isolate, "error:0480006C:PEM routines::no start line")));
}

void SecureContext::AddRootCerts(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  SSL_CTX_set_default_verify_paths(self->ctx_);
  ERR_clear_error();
}

void SecureContext::SetCiphers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  std::string list = ToString(isolate, info[0]);
  if (!SSL_CTX_set_cipher_list(self->ctx_, list.c_str())) {
    ThrowOpenSslError(isolate, "Failed to set ciphers");
  }
}

void SecureContext::SetCipherSuites(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  std::string list = ToString(isolate, info[0]);
  if (!SSL_CTX_set_ciphersuites(self->ctx_, list.c_str())) {
    ThrowOpenSslError(isolate, "Failed to set ciphersuites");
  }
}

void SecureContext::SetALPNProtocols(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  self->alpn_ = ToString(info.GetIsolate(), info[0]);
}

void SecureContext::SetSessionTimeout(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SecureContext* self = Unwrap<SecureContext>(info.This());
  int64_t seconds = info[0]->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(300);
  SSL_CTX_set_timeout(self->ctx_, static_cast<long>(seconds));
}

v8::Local<v8::FunctionTemplate> SecureContext::MakeClass(Realm& realm) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("SecureContext", New);
  realm.SetProtoMethod(klass, "init", Init);
  realm.SetProtoMethod(klass, "setKey", SetKey);
  realm.SetProtoMethod(klass, "setCert", SetCert);
  realm.SetProtoMethod(klass, "addCACert", AddCACert);
  realm.SetProtoMethod(klass, "loadPKCS12", LoadPKCS12);
  realm.SetProtoMethod(klass, "addRootCerts", AddRootCerts);
  realm.SetProtoMethod(klass, "setCiphers", SetCiphers);
  realm.SetProtoMethod(klass, "setCipherSuites", SetCipherSuites);
  realm.SetProtoMethod(klass, "setALPNProtocols", SetALPNProtocols);
  realm.SetProtoMethod(klass, "setSessionTimeout", SetSessionTimeout);
  return klass;
}

}  // namespace bindings
