/// \file
/// Asymmetric keys: see keys.h. How the pieces meet:
///
///     new KeyHandle().init(bytes, 'pem'|'der', 'private'|'public', passphrase)
///     generateKeyPair(type, bits, exponent, curve[, done])  -> PKCS #8 DER bytes
///         a Job: key generation (an RSA prime search) is the slowest thing
///         in crypto, so it runs on the pool; the job hands back plain bytes,
///         which lib/internal/crypto/keys.js reads into a KeyHandle
///     handle.type(), handle.details(), handle.equals(other)
///     handle.export('private'|'public', 'pem'|'der', structure, cipher, pass)
///         OpenSSL's encoders: structure 'pkcs8', 'spki', or 'pkcs1'/'sec1'
///         (the algorithm's own, "type-specific" in OpenSSL's words)
///     sign(handle, digest, data, padding, saltLength)        -> signature
///     verify(handle, digest, data, signature, padding, saltLength) -> bool
///         EVP_DigestSign/Verify in one shot: the same call signs with RSA,
///         ECDSA, or Ed25519 (which takes no digest)
#include "crypto/keys.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <string>

#include "base_object.h"
#include "completion.h"
#include "crypto/crypto_util.h"
#include "engine.h"
#include "modules.h"
#include "node_errors.h"
#include "realm.h"
#include "support/bytes.h"
#include "thread_pool.h"

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

void Throw(v8::Isolate* isolate, const std::string& fallback) {
  isolate->ThrowException(OpenSSLError(isolate, fallback));
}

void Init(const v8::FunctionCallbackInfo<v8::Value>& info);

class KeyHandle : public BaseObject {
 public:
  KeyHandle(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) { MakeWeak(); }
  ~KeyHandle() override { EVP_PKEY_free(key_); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    new KeyHandle(Realm::GetCurrent(info), info.This());
  }

  static EVP_PKEY* KeyOf(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    KeyHandle* handle = BaseObject::Unwrap<KeyHandle>(value.As<v8::Object>());
    return handle == nullptr ? nullptr : handle->key_;
  }

  static void Type(const v8::FunctionCallbackInfo<v8::Value>& info) {
    EVP_PKEY* key = KeyOf(info.This());
    const char* name = "unknown";
    switch (EVP_PKEY_get_base_id(key)) {
      case EVP_PKEY_RSA:
        name = "rsa";
        break;
      case EVP_PKEY_RSA_PSS:
        name = "rsa-pss";
        break;
      case EVP_PKEY_EC:
        name = "ec";
        break;
      case EVP_PKEY_ED25519:
        name = "ed25519";
        break;
      case EVP_PKEY_ED448:
        name = "ed448";
        break;
      case EVP_PKEY_X25519:
        name = "x25519";
        break;
      case EVP_PKEY_X448:
        name = "x448";
        break;
      case EVP_PKEY_DSA:
        name = "dsa";
        break;
      case EVP_PKEY_DH:
        name = "dh";
        break;
    }
    info.GetReturnValue().Set(Str(info.GetIsolate(), name));
  }

  // details() -> { modulusLength, publicExponent } (RSA) or { namedCurve } (EC)
  static void Details(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    EVP_PKEY* key = KeyOf(info.This());
    v8::Local<v8::Object> details = v8::Object::New(isolate);
    int id = EVP_PKEY_get_base_id(key);
    if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
      BIGNUM* e = nullptr;
      EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e);
      details
          ->Set(context, Str(isolate, "modulusLength"),
                v8::Integer::New(isolate, EVP_PKEY_get_bits(key)))
          .Check();
      uint64_t exponent = e == nullptr ? 0 : BN_get_word(e);
      BN_free(e);
      details
          ->Set(context, Str(isolate, "publicExponent"),
                v8::BigInt::NewFromUnsigned(isolate, exponent))
          .Check();
    } else if (id == EVP_PKEY_EC) {
      char group[64] = "";
      size_t length = 0;
      EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length);
      details->Set(context, Str(isolate, "namedCurve"), Str(isolate, group)).Check();
    }
    info.GetReturnValue().Set(details);
  }

  static void Equals(const v8::FunctionCallbackInfo<v8::Value>& info) {
    EVP_PKEY* other = KeyOf(info[0]);
    info.GetReturnValue().Set(other != nullptr && EVP_PKEY_eq(KeyOf(info.This()), other) == 1);
  }

  // export(kind, format, structure, cipherName, passphrase)
  static void Export(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    EVP_PKEY* key = KeyOf(info.This());
    bool is_private = engine::ToUtf8(isolate, info[0]) == "private";
    std::string format = engine::ToUtf8(isolate, info[1]) == "pem" ? "PEM" : "DER";
    std::string structure = engine::ToUtf8(isolate, info[2]);
    const char* openssl_structure = structure == "pkcs8"  ? "PrivateKeyInfo"
                                    : structure == "spki" ? "SubjectPublicKeyInfo"
                                                          : "type-specific";
    int selection = is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
    OSSL_ENCODER_CTX* encoder =
        OSSL_ENCODER_CTX_new_for_pkey(key, selection, format.c_str(), openssl_structure, nullptr);
    bool ok = encoder != nullptr && OSSL_ENCODER_CTX_get_num_encoders(encoder) > 0;
    if (ok && info[3]->IsString()) {
      BytesView pass = ViewOf(info[4]);
      ok = OSSL_ENCODER_CTX_set_cipher(encoder, engine::ToUtf8(isolate, info[3]).c_str(),
                                       nullptr) == 1 &&
           OSSL_ENCODER_CTX_set_passphrase(encoder, pass.data(), pass.size()) == 1;
    }
    unsigned char* data = nullptr;
    size_t size = 0;
    ok = ok && OSSL_ENCODER_to_data(encoder, &data, &size) == 1;
    OSSL_ENCODER_CTX_free(encoder);
    if (!ok) return Throw(isolate, "Failed to encode the key");
    if (format == "PEM") {
      info.GetReturnValue().Set(v8::String::NewFromUtf8(isolate, reinterpret_cast<char*>(data),
                                                        v8::NewStringType::kNormal,
                                                        static_cast<int>(size))
                                    .ToLocalChecked());
    } else {
      info.GetReturnValue().Set(ToArray(isolate, data, size));
    }
    OPENSSL_free(data);
  }

 private:
  friend void Init(const v8::FunctionCallbackInfo<v8::Value>& info);
  EVP_PKEY* key_ = nullptr;
};

// handle.init(bytes, 'pem'|'der', 'private'|'public', passphrase|undefined)
// A public key may be given as a private one (its public half is used).
void Init(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BytesView data = ViewOf(info[0]);
  bool pem = engine::ToUtf8(isolate, info[1]) == "pem";
  bool want_private = engine::ToUtf8(isolate, info[2]) == "private";
  BytesView pass = ViewOf(info[3]);
  auto try_decode = [&](int selection) -> EVP_PKEY* {
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* decoder = OSSL_DECODER_CTX_new_for_pkey(&key, pem ? "PEM" : "DER", nullptr,
                                                              nullptr, selection, nullptr, nullptr);
    if (decoder == nullptr) return nullptr;
    if (info[3]->IsArrayBufferView() || info[3]->IsArrayBuffer())
      OSSL_DECODER_CTX_set_passphrase(decoder, pass.data(), pass.size());
    const unsigned char* cursor = data.data();
    size_t left = data.size();
    if (OSSL_DECODER_from_data(decoder, &cursor, &left) != 1) key = nullptr;
    OSSL_DECODER_CTX_free(decoder);
    return key;
  };
  EVP_PKEY* key = nullptr;
  if (!want_private) key = try_decode(EVP_PKEY_PUBLIC_KEY);
  if (key == nullptr) {
    ERR_clear_error();
    key = try_decode(EVP_PKEY_KEYPAIR);
  }
  if (key == nullptr) return Throw(isolate, "Failed to read the key");
  ERR_clear_error();
  KeyHandle* self = BaseObject::Unwrap<KeyHandle>(info.This());
  EVP_PKEY_free(self->key_);
  self->key_ = key;
}

/// A key pair made on a worker thread, handed back as PKCS #8 DER.
class KeyGenJob : public pool::Job {
 public:
  KeyGenJob(std::string type, int bits, uint64_t exponent, std::string curve)
      : type_(std::move(type)), bits_(bits), exponent_(exponent), curve_(std::move(curve)) {}

  void Run() override {
    const char* name = type_ == "rsa"       ? "RSA"
                       : type_ == "ec"      ? "EC"
                       : type_ == "ed25519" ? "ED25519"
                                            : "ED448";
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr);
    EVP_PKEY* key = nullptr;
    bool ok = context != nullptr && EVP_PKEY_keygen_init(context) == 1;
    if (ok && type_ == "rsa") {
      BIGNUM* e = BN_new();
      ok = BN_set_word(e, exponent_) == 1 &&
           EVP_PKEY_CTX_set_rsa_keygen_bits(context, bits_) == 1 &&
           EVP_PKEY_CTX_set1_rsa_keygen_pubexp(context, e) == 1;
      BN_free(e);
    } else if (ok && type_ == "ec") {
      ok = EVP_PKEY_CTX_set_group_name(context, curve_.c_str()) == 1;
    }
    ok = ok && EVP_PKEY_keygen(context, &key) == 1;
    EVP_PKEY_CTX_free(context);
    unsigned char* der = nullptr;
    int size = ok ? i2d_PrivateKey(key, nullptr) : -1;
    // PKCS #8, whatever the algorithm: one format for JS to parse.
    PKCS8_PRIV_KEY_INFO* p8 = ok ? EVP_PKEY2PKCS8(key) : nullptr;
    size = p8 == nullptr ? -1 : i2d_PKCS8_PRIV_KEY_INFO(p8, &der);
    PKCS8_PRIV_KEY_INFO_free(p8);
    EVP_PKEY_free(key);
    if (size > 0) {
      der_.assign(der, der + size);
      OPENSSL_free(der);
    } else {
      unsigned long code = ERR_get_error();  // NOLINT(runtime/int): OpenSSL's type
      char text[256] = "Key generation failed";
      if (code != 0) ERR_error_string_n(code, text, sizeof text);
      error_ = text;
      ERR_clear_error();
    }
  }

  pool::Outcome Finish(v8::Local<v8::Context> context) override {
    v8::Isolate* isolate = context->GetIsolate();
    if (!error_.empty()) return pool::Outcome::Failure(v8::Exception::Error(Str(isolate, error_)));
    return pool::Outcome::Success(
        ToArray(isolate, reinterpret_cast<const uint8_t*>(der_.data()), der_.size()));
  }

  std::string Describe() const override { return "generateKeyPair " + type_; }

 private:
  std::string type_;
  int bits_;
  uint64_t exponent_;
  std::string curve_;
  std::string der_;
  std::string error_;
};

// generateKeyPair(type, modulusLength, publicExponent, namedCurve[, done])
void GenerateKeyPair(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  auto job = std::make_unique<KeyGenJob>(
      engine::ToUtf8(isolate, info[0]),
      info[1]->IsNumber() ? static_cast<int>(info[1].As<v8::Number>()->Value()) : 0,
      info[2]->IsNumber() ? static_cast<uint64_t>(info[2].As<v8::Number>()->Value()) : 65537,
      info[3]->IsString() ? engine::ToUtf8(isolate, info[3]) : "");
  pool::ThreadPool& thread_pool = Realm::GetCurrent(info).modules().pool();
  if (info[4]->IsFunction()) {
    thread_pool.Submit(std::move(job),
                       pool::Completion::ToCallback(isolate, info[4].As<v8::Function>()));
    return;
  }
  v8::Local<v8::Value> result;
  if (thread_pool.RunHere(*job).ToLocal(&result)) info.GetReturnValue().Set(result);
}

/// A digest context set up for signing or verifying with `key`; RSA's
/// padding (1: PKCS #1 v1.5, 6: PSS) and PSS's salt length when given.
EVP_MD_CTX* StartSignature(v8::Isolate* isolate, const v8::FunctionCallbackInfo<v8::Value>& info,
                           bool sign, int padding_index) {
  EVP_PKEY* key = KeyHandle::KeyOf(info[0]);
  const EVP_MD* md = nullptr;
  if (info[1]->IsString()) {
    md = EVP_get_digestbyname(engine::ToUtf8(isolate, info[1]).c_str());
    if (md == nullptr) {
      errors::Throw(
          isolate, errors::NodeError(isolate, errors::Type::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                                     "Invalid digest: " + engine::ToUtf8(isolate, info[1])));
      return nullptr;
    }
  }
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pkey_context = nullptr;
  bool ok = sign ? EVP_DigestSignInit(context, &pkey_context, md, nullptr, key) == 1
                 : EVP_DigestVerifyInit(context, &pkey_context, md, nullptr, key) == 1;
  if (ok && info[padding_index]->IsNumber())
    ok = EVP_PKEY_CTX_set_rsa_padding(pkey_context, info[padding_index].As<v8::Int32>()->Value()) ==
         1;
  if (ok && info[padding_index + 1]->IsNumber())
    ok = EVP_PKEY_CTX_set_rsa_pss_saltlen(pkey_context,
                                          info[padding_index + 1].As<v8::Int32>()->Value()) == 1;
  if (!ok) {
    EVP_MD_CTX_free(context);
    Throw(isolate, sign ? "Signing failed" : "Verification failed");
    return nullptr;
  }
  return context;
}

// sign(handle, digest|null, data, padding, saltLength) -> signature bytes
void Sign(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  EVP_MD_CTX* context = StartSignature(isolate, info, true, 3);
  if (context == nullptr) return;
  BytesView data = ViewOf(info[2]);
  size_t size = 0;
  std::string signature;
  bool ok = EVP_DigestSign(context, nullptr, &size, data.data(), data.size()) == 1;
  if (ok) {
    signature.resize(size);
    ok = EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &size,
                        data.data(), data.size()) == 1;
  }
  EVP_MD_CTX_free(context);
  if (!ok) return Throw(isolate, "Signing failed");
  info.GetReturnValue().Set(
      ToArray(isolate, reinterpret_cast<const uint8_t*>(signature.data()), size));
}

// verify(handle, digest|null, data, signature, padding, saltLength) -> bool
void Verify(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  EVP_MD_CTX* context = StartSignature(isolate, info, false, 4);
  if (context == nullptr) return;
  BytesView data = ViewOf(info[2]);
  BytesView signature = ViewOf(info[3]);
  int result =
      EVP_DigestVerify(context, signature.data(), signature.size(), data.data(), data.size());
  EVP_MD_CTX_free(context);
  ERR_clear_error();
  info.GetReturnValue().Set(result == 1);
}

}  // namespace

void InitializeKeys(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("KeyHandle", KeyHandle::New);
  realm.SetProtoMethod(klass, "type", KeyHandle::Type);
  realm.SetProtoMethod(klass, "details", KeyHandle::Details);
  realm.SetProtoMethod(klass, "equals", KeyHandle::Equals);
  realm.SetProtoMethod(klass, "export", KeyHandle::Export);
  realm.SetProtoMethod(klass, "init", Init);
  v8::Local<v8::Function> constructor = klass->GetFunction(realm.context()).ToLocalChecked();
  exports->Set(realm.context(), realm.Name("KeyHandle"), constructor).Check();
  realm.SetMethod(exports, "generateKeyPair", GenerateKeyPair, 5);
  realm.SetMethod(exports, "sign", Sign, 5);
  realm.SetMethod(exports, "verify", Verify, 6);
}

}  // namespace modules
