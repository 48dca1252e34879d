#include "modules/crypto_module.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cmath>
#include <string>

#include "engine.h"
#include "node_errors.h"
#include "support/bytes.h"
#include "support/validate.h"

namespace pool {
namespace {

constexpr int kHashStateField = 0;  ///< a Hash object's internal field: its HashState

// A password or salt: a string (UTF-8), an ArrayBuffer or a view; copied,
// since the job reads it on a worker thread. (Node's getArrayBufferOrView.)
bool GetBytes(v8::Local<v8::Context> context, v8::Local<v8::Value> value, const char* name,
              std::string* out) {
  BytesView view;
  if (value->IsString()) {
    view = BytesView::FromString(context->GetIsolate(), value.As<v8::String>(), Encoding::kUtf8);
  } else if (value->IsArrayBufferView()) {
    view = BytesView::FromView(value.As<v8::ArrayBufferView>());
  } else if (value->IsArrayBuffer()) {
    view = BytesView::FromArrayBuffer(value.As<v8::ArrayBuffer>());
  } else {
    return errors::Throw(
        context->GetIsolate(),
        errors::InvalidArgType(context->GetIsolate(), name,
                               "be of type string or an instance of ArrayBuffer, Buffer, "
                               "TypedArray, or DataView",
                               value));
  }
  out->assign(reinterpret_cast<const char*>(view.data()), view.size());
  return true;
}

const EVP_MD* FindDigest(const std::string& name) { return EVP_get_digestbyname(name.c_str()); }

/// crypto.pbkdf2: PKCS #5 key derivation, iterations rounds of HMAC.
class Pbkdf2Job : public Job {
 public:
  Pbkdf2Job(std::string password, std::string salt, int iterations, int key_length,
            const EVP_MD* digest, std::string digest_name)
      : password_(std::move(password)),
        salt_(std::move(salt)),
        iterations_(iterations),
        key_length_(key_length),
        digest_(digest),
        digest_name_(std::move(digest_name)) {}

  void Run() override {
    if (!key_.Resize(key_length_)) return;
    ok_ =
        key_length_ == 0 || PKCS5_PBKDF2_HMAC(password_.data(), static_cast<int>(password_.size()),
                                              reinterpret_cast<const unsigned char*>(salt_.data()),
                                              static_cast<int>(salt_.size()), iterations_, digest_,
                                              key_length_, key_.data()) == 1;
  }

  Outcome Finish(v8::Local<v8::Context> context) override {
    v8::Isolate* isolate = context->GetIsolate();
    if (!ok_) {
      return Outcome::Failure(errors::NodeError(isolate, errors::Type::kError,
                                                "ERR_CRYPTO_OPERATION_FAILED", "PBKDF2 failed"));
    }
    return Outcome::Success(key_.ToUint8Array(isolate));
  }

  std::string Describe() const override {
    return "pbkdf2 " + std::to_string(iterations_) + " iterations of " + digest_name_;
  }

 private:
  std::string password_;
  std::string salt_;
  int iterations_;
  int key_length_;
  const EVP_MD* digest_;
  std::string digest_name_;
  Bytes key_;
  bool ok_ = false;
};

/// crypto.randomBytes: bytes from OpenSSL's generator, seeded by the kernel.
class RandomBytesJob : public Job {
 public:
  explicit RandomBytesJob(size_t size) : size_(size) {}

  void Run() override {
    ok_ = bytes_.Resize(size_) &&
          (size_ == 0 || RAND_bytes(bytes_.data(), static_cast<int>(size_)) == 1);
  }

  Outcome Finish(v8::Local<v8::Context> context) override {
    v8::Isolate* isolate = context->GetIsolate();
    if (!ok_) {
      return Outcome::Failure(errors::NodeError(isolate, errors::Type::kError,
                                                "ERR_CRYPTO_OPERATION_FAILED",
                                                "Random bytes generation failed"));
    }
    return Outcome::Success(bytes_.ToUint8Array(isolate));
  }

  std::string Describe() const override { return "randomBytes " + std::to_string(size_); }

 private:
  size_t size_;
  Bytes bytes_;
  bool ok_ = false;
};

// crypto.pbkdf2(password, salt, iterations, keylen, digest, callback)
std::unique_ptr<Job> MakePbkdf2(PoolCall& call) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  // pbkdf2(password, salt, iterations, keylen, callback): no digest given.
  v8::Local<v8::Value> digest_value =
      call[4]->IsFunction() ? v8::Undefined(isolate).As<v8::Value>() : call[4];
  std::string digest_name, password, salt;
  int64_t iterations, key_length;
  if (!ValidateString(isolate, digest_value, "digest", &digest_name) ||
      !GetBytes(context, call[0], "password", &password) ||
      !GetBytes(context, call[1], "salt", &salt) ||
      !ValidateInteger(isolate, call[2], "iterations", 1, INT32_MAX, &iterations) ||
      !ValidateInteger(isolate, call[3], "keylen", 0, INT32_MAX, &key_length) ||
      !call.TakeCallback(4, 5, "callback")) {
    return nullptr;
  }
  const EVP_MD* digest = FindDigest(digest_name);
  if (digest == nullptr) {
    errors::Throw(isolate,
                  errors::NodeError(isolate, errors::Type::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                                    "Invalid digest: " + digest_name));
    return nullptr;
  }
  return std::make_unique<Pbkdf2Job>(std::move(password), std::move(salt),
                                     static_cast<int>(iterations), static_cast<int>(key_length),
                                     digest, digest_name);
}

// crypto.randomBytes(size[, callback]): synchronous without a callback.
std::unique_ptr<Job> MakeRandomBytes(PoolCall& call) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Value> size = call[0];
  if (!size->IsNumber()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "size", "be of type number", size));
    return nullptr;
  }
  double number = size.As<v8::Number>()->Value();
  if (std::isnan(number) || number < 0 || number > INT32_MAX) {
    errors::Throw(isolate, errors::OutOfRange(isolate, "size", ">= 0 && <= 2147483647",
                                              errors::ReceivedNumber(context, size)));
    return nullptr;
  }
  if (!call.TakeOptionalCallback(1, "callback")) return nullptr;
  return std::make_unique<RandomBytesJob>(static_cast<size_t>(number));
}

}  // namespace

/// The C++ half of one Hash object.
struct CryptoModule::HashState {
  CryptoModule* module;
  EVP_MD_CTX* context = nullptr;
  bool finalized = false;         ///< digest() was called
  v8::Global<v8::Object> object;  ///< weak: does not keep the Hash alive

  ~HashState() { EVP_MD_CTX_free(context); }
};

CryptoModule::~CryptoModule() {
  for (HashState* state : hashes_) delete state;
}

v8::Local<v8::Object> CryptoModule::CreateExports(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> crypto = v8::Object::New(isolate);

  v8::Local<v8::FunctionTemplate> hash = v8::FunctionTemplate::New(isolate);
  hash->SetClassName(engine::ToV8String(isolate, "Hash"));
  hash->InstanceTemplate()->SetInternalFieldCount(1);
  hash->PrototypeTemplate()->Set(engine::ToV8String(isolate, "update"),
                                 v8::FunctionTemplate::New(isolate, Update));
  hash->PrototypeTemplate()->Set(engine::ToV8String(isolate, "digest"),
                                 v8::FunctionTemplate::New(isolate, Digest));
  hash_class_.Reset(isolate, hash);

  SetMethod(context, crypto, "createHash", CreateHash);
  SetPoolMethod(context, crypto, "pbkdf2", Form::kCallback, MakePbkdf2);
  SetPoolMethod(context, crypto, "pbkdf2Sync", Form::kSync, MakePbkdf2);
  SetPoolMethod(context, crypto, "randomBytes", Form::kCallback, MakeRandomBytes);
  return crypto;
}

void CryptoModule::CreateHash(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CryptoModule& self = BuiltinModules::GetCurrent(info).module<CryptoModule>();
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string name;
  if (!ValidateString(isolate, info[0], "algorithm", &name)) return;
  const EVP_MD* digest = FindDigest(name);
  if (digest == nullptr) {
    isolate->ThrowException(
        v8::Exception::Error(engine::ToV8String(isolate, "Digest method not supported")));
    return;
  }
  auto state = std::make_unique<HashState>();
  state->module = &self;
  state->context = EVP_MD_CTX_new();
  if (state->context == nullptr || EVP_DigestInit_ex(state->context, digest, nullptr) != 1) {
    isolate->ThrowException(
        v8::Exception::Error(engine::ToV8String(isolate, "Digest method not supported")));
    return;
  }
  v8::Local<v8::Object> object = self.hash_class_.Get(isolate)
                                     ->GetFunction(context)
                                     .ToLocalChecked()
                                     ->NewInstance(context)
                                     .ToLocalChecked();
  object->SetAlignedPointerInInternalField(kHashStateField, state.get());
  state->object.Reset(isolate, object);
  state->object.SetWeak(state.get(), OnHashCollected, v8::WeakCallbackType::kParameter);
  self.hashes_.insert(state.release());
  info.GetReturnValue().Set(object);
}

void CryptoModule::OnHashCollected(const v8::WeakCallbackInfo<HashState>& info) {
  HashState* state = info.GetParameter();
  state->module->hashes_.erase(state);
  state->object.Reset();
  delete state;
}

CryptoModule::HashState* CryptoModule::StateOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CryptoModule& self = BuiltinModules::GetCurrent(info).module<CryptoModule>();
  v8::Isolate* isolate = info.GetIsolate();
  if (!self.hash_class_.Get(isolate)->HasInstance(info.This())) {
    isolate->ThrowException(
        v8::Exception::TypeError(engine::ToV8String(isolate, "Illegal invocation")));
    return nullptr;
  }
  auto* state =
      static_cast<HashState*>(info.This()->GetAlignedPointerFromInternalField(kHashStateField));
  if (state->finalized) {
    errors::Throw(isolate, errors::NodeError(isolate, errors::Type::kError,
                                             "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"));
    return nullptr;
  }
  return state;
}

// hash.update(data[, inputEncoding]) -> hash
void CryptoModule::Update(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HashState* state = StateOf(info);
  if (state == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  BytesView data;
  if (info[0]->IsString()) {
    // An unknown encoding means UTF-8 here, as in Node.
    std::optional<Encoding> encoding;
    if (info[1]->IsString()) encoding = ParseEncoding(engine::ToUtf8(isolate, info[1]));
    if (encoding == Encoding::kHex && info[0].As<v8::String>()->Length() % 2 != 0) {
      errors::Throw(isolate,
                    errors::InvalidArgValue(isolate, "encoding",
                                            "is invalid for data of length " +
                                                std::to_string(info[0].As<v8::String>()->Length()),
                                            info[1]));
      return;
    }
    data = BytesView::FromString(isolate, info[0].As<v8::String>(),
                                 encoding.value_or(Encoding::kUtf8));
  } else if (info[0]->IsArrayBufferView()) {
    data = BytesView::FromView(info[0].As<v8::ArrayBufferView>());
  } else {
    errors::Throw(
        isolate,
        errors::InvalidArgType(
            isolate, "data", "be of type string or an instance of Buffer, TypedArray, or DataView",
            info[0]));
    return;
  }
  EVP_DigestUpdate(state->context, data.data(), data.size());
  info.GetReturnValue().Set(info.This());
}

// hash.digest([encoding]) -> bytes, or a string in `encoding`
void CryptoModule::Digest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HashState* state = StateOf(info);
  if (state == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  state->finalized = true;
  Bytes digest;
  unsigned int size = 0;
  digest.Resize(EVP_MAX_MD_SIZE);
  EVP_DigestFinal_ex(state->context, digest.data(), &size);
  digest.Resize(size);
  // An encoding Node does not know gives bytes, as in Node.
  std::optional<Encoding> encoding;
  if (info[0]->IsString()) encoding = ParseEncoding(engine::ToUtf8(isolate, info[0]));
  if (!encoding) {
    info.GetReturnValue().Set(digest.ToUint8Array(isolate));
    return;
  }
  info.GetReturnValue().Set(
      BytesToString(isolate, digest.data(), digest.size(), *encoding).ToLocalChecked());
}

}  // namespace pool
