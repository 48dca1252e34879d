/// \file
/// The `crypto` binding: OpenSSL's hashes, MACs, ciphers, key derivations and
/// random generator, in the small shapes lib/crypto.js builds Node's API on.
/// (Node: src/crypto/crypto_hash.cc, crypto_hmac.cc, crypto_cipher.cc,
/// crypto_random.cc, crypto_scrypt.cc, crypto_hkdf.cc.)
///
///     new Hash(name[, xofLength])      update(view), digest() -> bytes
///     new Hash(otherHash)              a copy of its state (hash.copy())
///     new Hmac(name, keyView)          update(view), digest() -> bytes
///     new Cipher(name, key, iv, encrypt, authTagLength)
///                                      update, final, setAAD, getAuthTag,
///                                      setAuthTag, setAutoPadding
///     getHashes(), getCiphers(), getCipherInfo(name)
///     randomFill(buffer, offset, size[, done])
///     scrypt(password, salt, keylen, N, r, p, maxmem[, done])
///     hkdf(digest, key, salt, info, keylen[, done])
///     timingSafeEqual(a, b)
///
/// Where the work runs is the lesson. A hash or a cipher is incremental and
/// cheap per call: it runs here, on the loop thread, on bytes already in
/// memory. A key derivation is slow on purpose and the random generator may
/// wait for the kernel: they are stage 03 Jobs, run on the thread pool when
/// the script passes a callback and on this thread for the *Sync forms.
///
/// The JS side (lib/crypto.js) checks the arguments and words Node's errors;
/// this side trusts its types and reports what OpenSSL says: an OpenSSL
/// failure becomes an Error with OpenSSL's text and Node's `code`
/// (ERR_OSSL_<REASON>), `library` and `reason`.
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <v8.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base_object.h"
#include "binding_registry.h"
#include "completion.h"
#include "crypto/crypto_util.h"
#include "crypto/keys.h"
#include "crypto/x509.h"
#include "engine.h"
#include "modules.h"
#include "node_errors.h"
#include "realm.h"
#include "support/bytes.h"
#include "support/encoding.h"
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
using pool::Encoding;

std::string CopyOf(v8::Local<v8::Value> value) {
  BytesView view = ViewOf(value);
  return std::string(reinterpret_cast<const char*>(view.data()), view.size());
}

// update(data[, encoding]): a string is read in its encoding (lib/crypto.js
// has checked that it is one) without a Buffer in between; else a view.
BytesView DataOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsString()) return ViewOf(info[0]);
  Encoding encoding = Encoding::kUtf8;
  if (info[1]->IsString()) {
    encoding =
        pool::EncodingNamed(info.GetIsolate(), info[1].As<v8::String>()).value_or(Encoding::kUtf8);
  }
  return BytesView::FromString(info.GetIsolate(), info[0].As<v8::String>(), encoding);
}

// digest([encoding]): the digest as a string in `encoding` (hex, base64,
// ...), made here with no ArrayBuffer in between; bytes without one.
void SetDigest(const v8::FunctionCallbackInfo<v8::Value>& info, const uint8_t* data, size_t size) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info[0]->IsString()) {
    std::optional<Encoding> encoding = pool::EncodingNamed(isolate, info[0].As<v8::String>());
    v8::Local<v8::String> text;
    if (encoding && pool::BytesToString(isolate, data, size, *encoding).ToLocal(&text)) {
      return info.GetReturnValue().Set(text);
    }
  }
  info.GetReturnValue().Set(ToArray(isolate, data, size));
}

/// Node names an OpenSSL error's code after its library when that library is
/// one it knows (ERR_OSSL_EVP_..., ERR_OSSL_PEM_...); the providers' errors
/// have no prefix (ERR_OSSL_BAD_DECRYPT).
std::string LibraryPrefix(int library) {
  switch (library) {
    case ERR_LIB_ASN1:
      return "ASN1_";
    case ERR_LIB_BIO:
      return "BIO_";
    case ERR_LIB_BN:
      return "BN_";
    case ERR_LIB_CRYPTO:
      return "CRYPTO_";
    case ERR_LIB_DH:
      return "DH_";
    case ERR_LIB_DSA:
      return "DSA_";
    case ERR_LIB_EC:
      return "EC_";
    case ERR_LIB_EVP:
      return "EVP_";
    case ERR_LIB_KDF:
      return "KDF_";
    case ERR_LIB_OBJ:
      return "OBJ_";
    case ERR_LIB_PEM:
      return "PEM_";
    case ERR_LIB_PKCS12:
      return "PKCS12_";
    case ERR_LIB_RAND:
      return "RAND_";
    case ERR_LIB_RSA:
      return "RSA_";
    case ERR_LIB_SSL:
      return "SSL_";
    case ERR_LIB_X509:
      return "X509_";
    case ERR_LIB_X509V3:
      return "X509V3_";
    default:
      return "";
  }
}

/// The oldest error OpenSSL queued, as Node shows it: the message
/// "error:1C800064:Provider routines::bad decrypt", code
/// ERR_OSSL_BAD_DECRYPT, library and reason. `fallback` when the queue is
/// empty. The queue is cleared, so no stale error reaches the next call.
}  // namespace

v8::Local<v8::Value> crypto::OpenSSLError(v8::Isolate* isolate, const std::string& fallback) {
  unsigned long code = ERR_get_error();  // NOLINT(runtime/int): OpenSSL's type
  ERR_clear_error();
  if (code == 0) return v8::Exception::Error(Str(isolate, fallback));
  char text[256];
  ERR_error_string_n(code, text, sizeof text);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error = v8::Exception::Error(Str(isolate, text)).As<v8::Object>();
  const char* library = ERR_lib_error_string(code);
  const char* reason = ERR_reason_error_string(code);
  if (library != nullptr)
    error->Set(context, Str(isolate, "library"), Str(isolate, library)).Check();
  if (reason != nullptr) {
    error->Set(context, Str(isolate, "reason"), Str(isolate, reason)).Check();
    std::string name = "ERR_OSSL_" + LibraryPrefix(ERR_GET_LIB(code));
    for (const char* c = reason; *c != '\0'; c++)
      name += *c == ' ' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    error->Set(context, Str(isolate, "code"), Str(isolate, name)).Check();
  }
  return error;
}

namespace {

void ThrowOpenSSL(v8::Isolate* isolate, const std::string& fallback) {
  isolate->ThrowException(OpenSSLError(isolate, fallback));
}

// ---------------------------------------------------------------------------
// Hash and Hmac: an EVP_MD_CTX or EVP_MAC_CTX owned by a JS object.

class Hash : public BaseObject {
 public:
  Hash(Realm& realm, v8::Local<v8::Object> object, EVP_MD_CTX* context, size_t xof_length)
      : BaseObject(realm, object), context_(context), xof_length_(xof_length) {
    MakeWeak();
  }
  ~Hash() override { EVP_MD_CTX_free(context_); }

  // new Hash(name, xofLength) or new Hash(hashToCopy, xofLength)
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const EVP_MD* md = nullptr;
    bool ok = false;
    if (info[0]->IsObject()) {
      Hash* other = BaseObject::Unwrap<Hash>(info[0].As<v8::Object>());
      ok = other != nullptr && EVP_MD_CTX_copy_ex(context, other->context_) == 1;
      if (ok) md = EVP_MD_CTX_get0_md(context);
    } else {
      md = EVP_get_digestbyname(engine::ToUtf8(isolate, info[0]).c_str());
      ok = md != nullptr && EVP_DigestInit_ex(context, md, nullptr) == 1;
    }
    if (!ok) {
      EVP_MD_CTX_free(context);
      ERR_clear_error();
      isolate->ThrowException(v8::Exception::Error(Str(isolate, "Digest method not supported")));
      return;
    }
    size_t xof_length = EVP_MD_get_size(md);
    if (info[1]->IsNumber()) {
      xof_length = static_cast<size_t>(info[1].As<v8::Number>()->Value());
      if (xof_length != static_cast<size_t>(EVP_MD_get_size(md)) &&
          !(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF)) {
        EVP_MD_CTX_free(context);
        errors::Throw(isolate,
                      errors::NodeError(isolate, errors::Type::kError, "ERR_CRYPTO_INVALID_DIGEST",
                                        "Invalid XOF digest length"));
        return;
      }
    }
    new Hash(Realm::GetCurrent(info), info.This(), context, xof_length);
  }

  static void Update(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Hash* self = BaseObject::Unwrap<Hash>(info.This());
    BytesView data = DataOf(info);
    EVP_DigestUpdate(self->context_, data.data(), data.size());
  }

  static void Digest(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Hash* self = BaseObject::Unwrap<Hash>(info.This());
    std::vector<uint8_t> out(std::max<size_t>(self->xof_length_, EVP_MAX_MD_SIZE));
    unsigned int size = 0;
    bool xof = EVP_MD_get_flags(EVP_MD_CTX_get0_md(self->context_)) & EVP_MD_FLAG_XOF;
    if (xof) {
      size = static_cast<unsigned int>(self->xof_length_);
      if (size != 0 && EVP_DigestFinalXOF(self->context_, out.data(), size) != 1)
        return ThrowOpenSSL(info.GetIsolate(), "Digest failed");
    } else if (EVP_DigestFinal_ex(self->context_, out.data(), &size) != 1) {
      return ThrowOpenSSL(info.GetIsolate(), "Digest failed");
    }
    SetDigest(info, out.data(), size);
  }

 private:
  EVP_MD_CTX* context_;
  size_t xof_length_;  ///< the digest's size, or the asked length of a XOF (shake256)
};

class Hmac : public BaseObject {
 public:
  Hmac(Realm& realm, v8::Local<v8::Object> object, EVP_MAC_CTX* context)
      : BaseObject(realm, object), context_(context) {
    MakeWeak();
  }
  ~Hmac() override { EVP_MAC_CTX_free(context_); }

  // new Hmac(digestName, keyView)
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    std::string digest = engine::ToUtf8(isolate, info[0]);
    if (EVP_get_digestbyname(digest.c_str()) == nullptr) {
      errors::Throw(
          isolate, errors::NodeError(isolate, errors::Type::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                                     "Invalid digest: " + digest));
      return;
    }
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* context = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest.data(), 0),
                           OSSL_PARAM_construct_end()};
    BytesView key = ViewOf(info[1]);
    // An empty key is legal in HMAC; OpenSSL wants a non-null pointer for it.
    static const uint8_t kNoKey = 0;
    if (context == nullptr ||
        EVP_MAC_init(context, key.size() ? key.data() : &kNoKey, key.size(), params) != 1) {
      EVP_MAC_CTX_free(context);
      return ThrowOpenSSL(isolate, "HMAC initialization failed");
    }
    new Hmac(Realm::GetCurrent(info), info.This(), context);
  }

  static void Update(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Hmac* self = BaseObject::Unwrap<Hmac>(info.This());
    BytesView data = DataOf(info);
    EVP_MAC_update(self->context_, data.data(), data.size());
  }

  static void Digest(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Hmac* self = BaseObject::Unwrap<Hmac>(info.This());
    uint8_t out[EVP_MAX_MD_SIZE];
    size_t size = 0;
    if (EVP_MAC_final(self->context_, out, &size, sizeof out) != 1)
      return ThrowOpenSSL(info.GetIsolate(), "HMAC failed");
    SetDigest(info, out, size);
  }

 private:
  EVP_MAC_CTX* context_;
};

// ---------------------------------------------------------------------------
// Cipher: one EVP_CIPHER_CTX, encrypting or decrypting.

bool IsAead(const EVP_CIPHER* cipher) {
  return EVP_CIPHER_get_flags(cipher) & EVP_CIPH_FLAG_AEAD_CIPHER;
}

class Cipher : public BaseObject {
 public:
  Cipher(Realm& realm, v8::Local<v8::Object> object, EVP_CIPHER_CTX* context, bool encrypt,
         int tag_length)
      : BaseObject(realm, object), context_(context), encrypt_(encrypt), tag_length_(tag_length) {
    MakeWeak();
  }
  ~Cipher() override { EVP_CIPHER_CTX_free(context_); }

  // new Cipher(name, key, iv, encrypt, authTagLength): lib/crypto.js has
  // checked the name and the key and IV lengths (getCipherInfo).
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    const EVP_CIPHER* cipher = EVP_get_cipherbyname(engine::ToUtf8(isolate, info[0]).c_str());
    BytesView key = ViewOf(info[1]);
    BytesView iv = ViewOf(info[2]);
    bool encrypt = info[3]->IsTrue();
    int tag_length = info[4]->IsNumber() ? info[4].As<v8::Int32>()->Value() : 16;
    EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
    bool ok = cipher != nullptr &&
              EVP_CipherInit_ex(context, cipher, nullptr, nullptr, nullptr, encrypt) == 1;
    // An AEAD cipher takes IVs of other lengths than its default (GCM: 12).
    if (ok && IsAead(cipher) && static_cast<int>(iv.size()) != EVP_CIPHER_get_iv_length(cipher))
      ok = EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(iv.size()),
                               nullptr) == 1;
    if (ok && static_cast<int>(key.size()) != EVP_CIPHER_get_key_length(cipher))
      ok = EVP_CIPHER_CTX_set_key_length(context, static_cast<int>(key.size())) == 1;
    ok = ok && EVP_CipherInit_ex(context, nullptr, nullptr, key.data(),
                                 iv.size() ? iv.data() : nullptr, encrypt) == 1;
    if (!ok) {
      EVP_CIPHER_CTX_free(context);
      return ThrowOpenSSL(isolate, "Cipher initialization failed");
    }
    new Cipher(Realm::GetCurrent(info), info.This(), context, encrypt, tag_length);
  }

  static void Update(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Cipher* self = BaseObject::Unwrap<Cipher>(info.This());
    BytesView data = ViewOf(info[0]);
    std::vector<uint8_t> out(data.size() + EVP_MAX_BLOCK_LENGTH);
    int size = 0;
    if (EVP_CipherUpdate(self->context_, out.data(), &size, data.data(),
                         static_cast<int>(data.size())) != 1)
      return ThrowOpenSSL(info.GetIsolate(), "Trying to add data in unsupported state");
    info.GetReturnValue().Set(ToArray(info.GetIsolate(), out.data(), size));
  }

  static void Final(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Cipher* self = BaseObject::Unwrap<Cipher>(info.This());
    v8::Isolate* isolate = info.GetIsolate();
    const EVP_CIPHER* cipher = EVP_CIPHER_CTX_get0_cipher(self->context_);
    uint8_t out[EVP_MAX_BLOCK_LENGTH];
    int size = 0;
    bool ok = EVP_CipherFinal_ex(self->context_, out, &size) == 1;
    if (!ok && IsAead(cipher)) {
      // Node's words for a tag that does not match (or was never set).
      ERR_clear_error();
      isolate->ThrowException(
          v8::Exception::Error(Str(isolate, "Unsupported state or unable to authenticate data")));
      return;
    }
    if (!ok) return ThrowOpenSSL(isolate, "Unsupported state");
    if (self->encrypt_ && IsAead(cipher)) {
      self->tag_.resize(self->tag_length_);
      EVP_CIPHER_CTX_ctrl(self->context_, EVP_CTRL_AEAD_GET_TAG, self->tag_length_,
                          self->tag_.data());
    }
    info.GetReturnValue().Set(ToArray(isolate, out, size));
  }

  // setAAD(view): additional authenticated data, before any update().
  static void SetAAD(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Cipher* self = BaseObject::Unwrap<Cipher>(info.This());
    BytesView data = ViewOf(info[0]);
    int size = 0;
    info.GetReturnValue().Set(EVP_CipherUpdate(self->context_, nullptr, &size, data.data(),
                                               static_cast<int>(data.size())) == 1);
  }

  static void GetAuthTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Cipher* self = BaseObject::Unwrap<Cipher>(info.This());
    if (self->tag_.empty()) return;  // undefined: lib/crypto.js throws Node's error
    info.GetReturnValue().Set(ToArray(info.GetIsolate(), self->tag_.data(), self->tag_.size()));
  }

  static void SetAuthTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Cipher* self = BaseObject::Unwrap<Cipher>(info.This());
    BytesView tag = ViewOf(info[0]);
    info.GetReturnValue().Set(EVP_CIPHER_CTX_ctrl(self->context_, EVP_CTRL_AEAD_SET_TAG,
                                                  static_cast<int>(tag.size()), tag.data()) == 1);
  }

  static void SetAutoPadding(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Cipher* self = BaseObject::Unwrap<Cipher>(info.This());
    info.GetReturnValue().Set(
        EVP_CIPHER_CTX_set_padding(self->context_, info[0]->IsFalse() ? 0 : 1) == 1);
  }

 private:
  EVP_CIPHER_CTX* context_;
  bool encrypt_;
  int tag_length_;
  std::vector<uint8_t> tag_;  ///< an AEAD encryption's tag, once final() ran
};

// ---------------------------------------------------------------------------
// Lists and facts.

void GetHashes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD*, const char* from, const char*, void* arg) {
        // Names and aliases (md is null for an alias), kept when the default
        // provider can really run them.
        // An alias such as RSA-SHA256 is no provider's name: fetch by the
        // name of the digest it stands for.
        EVP_MD* fetched = EVP_MD_fetch(nullptr, from, nullptr);
        if (fetched == nullptr) {
          ERR_clear_error();
          const EVP_MD* known = EVP_get_digestbyname(from);
          if (known != nullptr) fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(known), nullptr);
        }
        if (fetched == nullptr) return ERR_clear_error();
        EVP_MD_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(names.size()));
  for (size_t i = 0; i < names.size(); i++)
    array->Set(isolate->GetCurrentContext(), static_cast<uint32_t>(i), Str(isolate, names[i]))
        .Check();
  info.GetReturnValue().Set(array);
}

void GetCiphers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::vector<std::string> names;
  EVP_CIPHER_do_all_sorted(
      [](const EVP_CIPHER*, const char* from, const char*, void* arg) {
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, from, nullptr);
        if (fetched == nullptr) return ERR_clear_error();
        EVP_CIPHER_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(names.size()));
  for (size_t i = 0; i < names.size(); i++)
    array->Set(isolate->GetCurrentContext(), static_cast<uint32_t>(i), Str(isolate, names[i]))
        .Check();
  info.GetReturnValue().Set(array);
}

// getCipherInfo(name) -> { keyLength, ivLength, blockSize, mode } or undefined
void GetCipherInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const EVP_CIPHER* cipher = EVP_get_cipherbyname(engine::ToUtf8(isolate, info[0]).c_str());
  if (cipher == nullptr) return;
  const char* mode = "stream";
  switch (EVP_CIPHER_get_mode(cipher)) {
    case EVP_CIPH_CBC_MODE:
      mode = "cbc";
      break;
    case EVP_CIPH_CCM_MODE:
      mode = "ccm";
      break;
    case EVP_CIPH_CFB_MODE:
      mode = "cfb";
      break;
    case EVP_CIPH_CTR_MODE:
      mode = "ctr";
      break;
    case EVP_CIPH_ECB_MODE:
      mode = "ecb";
      break;
    case EVP_CIPH_GCM_MODE:
      mode = "gcm";
      break;
    case EVP_CIPH_OCB_MODE:
      mode = "ocb";
      break;
    case EVP_CIPH_OFB_MODE:
      mode = "ofb";
      break;
    case EVP_CIPH_WRAP_MODE:
      mode = "wrap";
      break;
    case EVP_CIPH_XTS_MODE:
      mode = "xts";
      break;
  }
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    result->Set(context, Str(isolate, key), value).Check();
  };
  set("name", Str(isolate, OBJ_nid2sn(EVP_CIPHER_get_nid(cipher))));
  set("nid", v8::Integer::New(isolate, EVP_CIPHER_get_nid(cipher)));
  set("keyLength", v8::Integer::New(isolate, EVP_CIPHER_get_key_length(cipher)));
  set("ivLength", v8::Integer::New(isolate, EVP_CIPHER_get_iv_length(cipher)));
  set("blockSize", v8::Integer::New(isolate, EVP_CIPHER_get_block_size(cipher)));
  set("mode", Str(isolate, mode));
  set("aead", v8::Boolean::New(isolate, IsAead(cipher)));
  set("variableKeyLength",
      v8::Boolean::New(isolate, EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH));
  info.GetReturnValue().Set(result);
}

void TimingSafeEqual(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BytesView a = ViewOf(info[0]);
  BytesView b = ViewOf(info[1]);
  // Same length checked in JS; CRYPTO_memcmp takes as long whatever differs.
  info.GetReturnValue().Set(a.size() == b.size() &&
                            CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

// ---------------------------------------------------------------------------
// Slow work: stage 03 Jobs, on the pool with a callback, here without one.

/// A job that fills `length` bytes with `work` (on a worker thread: it
/// reads only the plain copies its lambda captured).
class DeriveJob : public pool::Job {
 public:
  DeriveJob(std::string what, size_t length, std::function<bool(uint8_t*, size_t)> work)
      : what_(std::move(what)), length_(length), work_(std::move(work)) {}

  void Run() override {
    ok_ = bytes_.Resize(length_) && work_(bytes_.data(), length_);
    if (!ok_) {
      unsigned long code = ERR_get_error();  // NOLINT(runtime/int): OpenSSL's type
      if (code != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        error_ = text;
      }
      ERR_clear_error();
    }
  }

  pool::Outcome Finish(v8::Local<v8::Context> context) override {
    v8::Isolate* isolate = context->GetIsolate();
    if (!ok_) {
      return pool::Outcome::Failure(errors::NodeError(isolate, errors::Type::kError,
                                                      "ERR_CRYPTO_OPERATION_FAILED",
                                                      error_.empty() ? what_ + " failed" : error_));
    }
    return pool::Outcome::Success(bytes_.ToUint8Array(isolate));
  }

  std::string Describe() const override { return what_; }

 private:
  std::string what_;
  size_t length_;
  std::function<bool(uint8_t*, size_t)> work_;
  Bytes bytes_;
  bool ok_ = false;
  std::string error_;
};

/// Runs `job` on the pool when the last argument is a callback (it gets
/// (err, bytes)), or here, returning the bytes or throwing.
void Start(const v8::FunctionCallbackInfo<v8::Value>& info, std::unique_ptr<pool::Job> job) {
  v8::Isolate* isolate = info.GetIsolate();
  pool::ThreadPool& thread_pool = Realm::GetCurrent(info).modules().pool();
  v8::Local<v8::Value> last = info[info.Length() - 1];
  if (info.Length() > 0 && last->IsFunction()) {
    thread_pool.Submit(std::move(job),
                       pool::Completion::ToCallback(isolate, last.As<v8::Function>()));
    return;
  }
  v8::Local<v8::Value> result;
  if (thread_pool.RunHere(*job).ToLocal(&result)) info.GetReturnValue().Set(result);
}

// randomFill(arrayBufferOrView, offset, size[, done]): fills the caller's
// memory in place; the job keeps that memory alive while it runs.
void RandomFill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::shared_ptr<v8::BackingStore> store;
  size_t base = 0;
  if (info[0]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
    store = view->Buffer()->GetBackingStore();
    base = view->ByteOffset();
  } else {
    store = info[0].As<v8::ArrayBuffer>()->GetBackingStore();
  }
  size_t offset = base + static_cast<size_t>(info[1].As<v8::Number>()->Value());
  size_t size = static_cast<size_t>(info[2].As<v8::Number>()->Value());
  auto job = std::make_unique<DeriveJob>(
      "randomFill " + std::to_string(size), 0, [store, offset, size](uint8_t*, size_t) {
        uint8_t* target = static_cast<uint8_t*>(store->Data()) + offset;
        // RAND_bytes takes an int: fill in pieces of at most 1 GiB.
        for (size_t done = 0; done < size;) {
          int piece = static_cast<int>(std::min<size_t>(size - done, 1 << 30));
          if (RAND_bytes(target + done, piece) != 1) return false;
          done += piece;
        }
        return true;
      });
  Start(info, std::move(job));
}

// scrypt(password, salt, keylen, N, r, p, maxmem[, done])
void Scrypt(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string password = CopyOf(info[0]);
  std::string salt = CopyOf(info[1]);
  size_t length = static_cast<size_t>(info[2].As<v8::Number>()->Value());
  uint64_t n = static_cast<uint64_t>(info[3].As<v8::Number>()->Value());
  uint64_t r = static_cast<uint64_t>(info[4].As<v8::Number>()->Value());
  uint64_t p = static_cast<uint64_t>(info[5].As<v8::Number>()->Value());
  uint64_t maxmem = static_cast<uint64_t>(info[6].As<v8::Number>()->Value());
  auto job = std::make_unique<DeriveJob>(
      "scrypt N=" + std::to_string(n), length, [=](uint8_t* out, size_t size) {
        return EVP_PBE_scrypt(password.data(), password.size(),
                              reinterpret_cast<const uint8_t*>(salt.data()), salt.size(), n, r, p,
                              maxmem, out, size) == 1;
      });
  Start(info, std::move(job));
}

// checkScrypt(N, r, p, maxmem): undefined when OpenSSL accepts these
// parameters, else its reason (Node checks them before it starts, to throw
// ERR_CRYPTO_INVALID_SCRYPT_PARAMS).
void CheckScrypt(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint64_t n = static_cast<uint64_t>(info[0].As<v8::Number>()->Value());
  uint64_t r = static_cast<uint64_t>(info[1].As<v8::Number>()->Value());
  uint64_t p = static_cast<uint64_t>(info[2].As<v8::Number>()->Value());
  uint64_t maxmem = static_cast<uint64_t>(info[3].As<v8::Number>()->Value());
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, maxmem, nullptr, 0) == 1) return;
  // Refused: OpenSSL's reason, if it gave one ("" if not).
  unsigned long code = ERR_get_error();  // NOLINT(runtime/int): OpenSSL's type
  ERR_clear_error();
  char text[256] = "";
  if (code != 0) ERR_error_string_n(code, text, sizeof text);
  info.GetReturnValue().Set(Str(info.GetIsolate(), text));
}

// hkdf(digest, key, salt, info, keylen[, done])
void Hkdf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string digest = engine::ToUtf8(info.GetIsolate(), info[0]);
  std::string key = CopyOf(info[1]);
  std::string salt = CopyOf(info[2]);
  std::string extra = CopyOf(info[3]);
  size_t length = static_cast<size_t>(info[4].As<v8::Number>()->Value());
  auto job =
      std::make_unique<DeriveJob>("hkdf " + digest, length, [=](uint8_t* out, size_t size) mutable {
        EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
        EVP_KDF_CTX* context = EVP_KDF_CTX_new(kdf);
        EVP_KDF_free(kdf);
        if (context == nullptr) return false;
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string("digest", digest.data(), 0),
            OSSL_PARAM_construct_octet_string("key", key.data(), key.size()),
            OSSL_PARAM_construct_octet_string("salt", salt.data(), salt.size()),
            OSSL_PARAM_construct_octet_string("info", extra.data(), extra.size()),
            OSSL_PARAM_construct_end()};
        bool ok = size == 0 || EVP_KDF_derive(context, out, size, params) == 1;
        EVP_KDF_CTX_free(context);
        return ok;
      });
  Start(info, std::move(job));
}

void DefineClass(Realm& realm, v8::Local<v8::Object> exports, const char* name,
                 v8::FunctionCallback constructor,
                 std::initializer_list<std::pair<const char*, v8::FunctionCallback>> methods) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass(name, constructor);
  for (const auto& [method, callback] : methods) realm.SetProtoMethod(klass, method, callback);
  exports
      ->Set(realm.context(), realm.Name(name), klass->GetFunction(realm.context()).ToLocalChecked())
      .Check();
}

void InitializeCrypto(Realm& realm, v8::Local<v8::Object> exports) {
  DefineClass(realm, exports, "Hash", Hash::New,
              {{"update", Hash::Update}, {"digest", Hash::Digest}});
  DefineClass(realm, exports, "Hmac", Hmac::New,
              {{"update", Hmac::Update}, {"digest", Hmac::Digest}});
  DefineClass(realm, exports, "Cipher", Cipher::New,
              {{"update", Cipher::Update},
               {"final", Cipher::Final},
               {"setAAD", Cipher::SetAAD},
               {"getAuthTag", Cipher::GetAuthTag},
               {"setAuthTag", Cipher::SetAuthTag},
               {"setAutoPadding", Cipher::SetAutoPadding}});
  realm.SetMethod(exports, "getHashes", GetHashes);
  realm.SetMethod(exports, "getCiphers", GetCiphers);
  realm.SetMethod(exports, "getCipherInfo", GetCipherInfo, 1);
  realm.SetMethod(exports, "timingSafeEqual", TimingSafeEqual, 2);
  realm.SetMethod(exports, "randomFill", RandomFill, 4);
  realm.SetMethod(exports, "scrypt", Scrypt, 8);
  realm.SetMethod(exports, "checkScrypt", CheckScrypt, 4);
  realm.SetMethod(exports, "hkdf", Hkdf, 6);
  InitializeKeys(realm, exports);
  InitializeX509(realm, exports);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(crypto, modules::InitializeCrypto);
}  // namespace bindings
