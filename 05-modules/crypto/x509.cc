/// \file
/// X509Certificate's native half: an OpenSSL X509 held by a JS object.
/// (Node: src/crypto/crypto_x509.cc.)
///
///     new X509Handle().init(bytes)     PEM or DER
///     subject(), issuer()              "C=US\nO=Example\nCN=example.com"
///     validFrom(), validTo()           "Dec  3 17:24:33 2026 GMT"
///     fingerprint(digest)              "2F:A0:..." (SHA-1, SHA-256, SHA-512)
///     serialNumber(), subjectAltName(), isCA()
///     checkHost(name), checkIP(ip)     the name or IP that matched, or undefined
///     verify(keyHandle), checkIssued(otherHandle)
///     publicKeyDer(), pem(), raw()
///
/// Everything is a question put to OpenSSL about a parsed certificate;
/// lib/internal/crypto/x509.js gives it Node's names and caches nothing.
#include "crypto/x509.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <string>

#include "base_object.h"
#include "crypto/crypto_util.h"
#include "crypto/keys.h"
#include "engine.h"
#include "realm.h"
#include "support/bytes.h"

namespace modules {

namespace {

using bindings::BaseObject;
using bindings::Realm;
using crypto::OpenSSLError;
using crypto::Str;
using crypto::ToArray;
using crypto::ViewOf;
using pool::Bytes;
using pool::BytesView;

/// What OpenSSL printed into a memory BIO, as a string.
std::string Drain(BIO* bio) {
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);  // NOLINT(runtime/int): OpenSSL's type
  std::string text(data, static_cast<size_t>(size));
  BIO_free(bio);
  return text;
}

class X509Handle : public BaseObject {
 public:
  X509Handle(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) { MakeWeak(); }
  ~X509Handle() override { X509_free(cert_); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    new X509Handle(Realm::GetCurrent(info), info.This());
  }

  static X509* Of(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    X509Handle* self = BaseObject::Unwrap<X509Handle>(value.As<v8::Object>());
    return self == nullptr ? nullptr : self->cert_;
  }

  static void Init(const v8::FunctionCallbackInfo<v8::Value>& info) {
    X509Handle* self = BaseObject::Unwrap<X509Handle>(info.This());
    BytesView data = info[0]->IsArrayBufferView()
                         ? BytesView::FromView(info[0].As<v8::ArrayBufferView>())
                         : BytesView();
    BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
    X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
    if (cert == nullptr) {
      ERR_clear_error();
      const unsigned char* cursor = data.data();
      cert = d2i_X509(nullptr, &cursor, static_cast<long>(data.size()));  // NOLINT
    }
    BIO_free(bio);
    if (cert == nullptr) {
      info.GetIsolate()->ThrowException(OpenSSLError(info.GetIsolate(), "Invalid certificate"));
      return;
    }
    X509_free(self->cert_);
    self->cert_ = cert;
  }

  static void Name(const v8::FunctionCallbackInfo<v8::Value>& info, const X509_NAME* name) {
    BIO* bio = BIO_new(BIO_s_mem());
    const unsigned long flags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL |  // NOLINT
                                ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
    X509_NAME_print_ex(bio, name, 0, flags);
    info.GetReturnValue().Set(Str(info.GetIsolate(), Drain(bio)));
  }
  static void Subject(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Name(info, X509_get_subject_name(Of(info.This())));
  }
  static void Issuer(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Name(info, X509_get_issuer_name(Of(info.This())));
  }

  static void Time(const v8::FunctionCallbackInfo<v8::Value>& info, const ASN1_TIME* time) {
    BIO* bio = BIO_new(BIO_s_mem());
    ASN1_TIME_print(bio, time);
    info.GetReturnValue().Set(Str(info.GetIsolate(), Drain(bio)));
  }
  static void ValidFrom(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Time(info, X509_get0_notBefore(Of(info.This())));
  }
  static void ValidTo(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Time(info, X509_get0_notAfter(Of(info.This())));
  }

  static void Fingerprint(const v8::FunctionCallbackInfo<v8::Value>& info) {
    const EVP_MD* md = EVP_get_digestbyname(engine::ToUtf8(info.GetIsolate(), info[0]).c_str());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (md == nullptr || X509_digest(Of(info.This()), md, digest, &size) != 1) return;
    static const char kHex[] = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < size; i++) {
      if (i != 0) text += ':';
      text += kHex[digest[i] >> 4];
      text += kHex[digest[i] & 15];
    }
    info.GetReturnValue().Set(Str(info.GetIsolate(), text));
  }

  static void SerialNumber(const v8::FunctionCallbackInfo<v8::Value>& info) {
    BIGNUM* number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(Of(info.This())), nullptr);
    char* hex = BN_bn2hex(number);
    info.GetReturnValue().Set(Str(info.GetIsolate(), hex));
    OPENSSL_free(hex);
    BN_free(number);
  }

  static void SubjectAltName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    X509* cert = Of(info.This());
    int index = X509_get_ext_by_NID(cert, NID_subject_alt_name, -1);
    if (index < 0) return;
    BIO* bio = BIO_new(BIO_s_mem());
    X509V3_EXT_print(bio, X509_get_ext(cert, index), 0, 0);
    info.GetReturnValue().Set(Str(info.GetIsolate(), Drain(bio)));
  }

  static void IsCA(const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(X509_check_ca(Of(info.This())) == 1);
  }

  static void CheckHost(const v8::FunctionCallbackInfo<v8::Value>& info) {
    std::string name = engine::ToUtf8(info.GetIsolate(), info[0]);
    char* matched = nullptr;
    if (X509_check_host(Of(info.This()), name.data(), name.size(), 0, &matched) == 1) {
      info.GetReturnValue().Set(Str(info.GetIsolate(), matched != nullptr ? matched : name));
    }
    OPENSSL_free(matched);
  }

  static void CheckIP(const v8::FunctionCallbackInfo<v8::Value>& info) {
    std::string ip = engine::ToUtf8(info.GetIsolate(), info[0]);
    if (X509_check_ip_asc(Of(info.This()), ip.c_str(), 0) == 1) info.GetReturnValue().Set(info[0]);
  }

  // verify(publicKeyDer): whether the certificate's signature checks out
  // under that key.
  static void Verify(const v8::FunctionCallbackInfo<v8::Value>& info) {
    BytesView der = BytesView::FromView(info[0].As<v8::ArrayBufferView>());
    const unsigned char* cursor = der.data();
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size()));  // NOLINT
    bool ok = key != nullptr && X509_verify(Of(info.This()), key) == 1;
    EVP_PKEY_free(key);
    ERR_clear_error();
    info.GetReturnValue().Set(ok);
  }

  // checkIssued(other): whether `other` issued this certificate.
  static void CheckIssued(const v8::FunctionCallbackInfo<v8::Value>& info) {
    X509* issuer = Of(info[0]);
    info.GetReturnValue().Set(issuer != nullptr &&
                              X509_check_issued(issuer, Of(info.This())) == X509_V_OK);
  }

  static void PublicKeyDer(const v8::FunctionCallbackInfo<v8::Value>& info) {
    unsigned char* der = nullptr;
    int size = i2d_PUBKEY(X509_get0_pubkey(Of(info.This())), &der);
    if (size <= 0) return;
    info.GetReturnValue().Set(ToArray(info.GetIsolate(), der, size));
    OPENSSL_free(der);
  }

  static void Pem(const v8::FunctionCallbackInfo<v8::Value>& info) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, Of(info.This()));
    info.GetReturnValue().Set(Str(info.GetIsolate(), Drain(bio)));
  }

  static void Raw(const v8::FunctionCallbackInfo<v8::Value>& info) {
    unsigned char* der = nullptr;
    int size = i2d_X509(Of(info.This()), &der);
    if (size <= 0) return;
    info.GetReturnValue().Set(ToArray(info.GetIsolate(), der, size));
    OPENSSL_free(der);
  }

 private:
  X509* cert_ = nullptr;
};

}  // namespace

void InitializeX509(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("X509Handle", X509Handle::New);
  const std::pair<const char*, v8::FunctionCallback> methods[] = {
      {"init", X509Handle::Init},
      {"subject", X509Handle::Subject},
      {"issuer", X509Handle::Issuer},
      {"validFrom", X509Handle::ValidFrom},
      {"validTo", X509Handle::ValidTo},
      {"fingerprint", X509Handle::Fingerprint},
      {"serialNumber", X509Handle::SerialNumber},
      {"subjectAltName", X509Handle::SubjectAltName},
      {"isCA", X509Handle::IsCA},
      {"checkHost", X509Handle::CheckHost},
      {"checkIP", X509Handle::CheckIP},
      {"verify", X509Handle::Verify},
      {"checkIssued", X509Handle::CheckIssued},
      {"publicKeyDer", X509Handle::PublicKeyDer},
      {"pem", X509Handle::Pem},
      {"raw", X509Handle::Raw}};
  for (const auto& [name, callback] : methods) realm.SetProtoMethod(klass, name, callback);
  exports
      ->Set(realm.context(), realm.Name("X509Handle"),
            klass->GetFunction(realm.context()).ToLocalChecked())
      .Check();
}

}  // namespace modules
