/// \file
/// require('crypto'): hashing, PBKDF2 and random bytes, with OpenSSL.
/// (Node: lib/internal/crypto/*.js, src/crypto/.)
///
/// Two kinds of work live here, and they teach the opposite lessons:
///
/// - **A hash is cheap and incremental**: `createHash('sha256')` returns an
///   object; `update(data)` feeds it, `digest('hex')` finishes it. Each step
///   is microseconds of work on data already in memory, so it runs right
///   here on the loop thread, as in Node. The OpenSSL state (an EVP_MD_CTX)
///   belongs to the JS Hash object: a *weak* handle tells us when the garbage
///   collector frees that object, and we free the state with it. (Stage 04
///   makes this pattern general; here it is written out once.)
/// - **PBKDF2 is deliberately slow**: 100,000 rounds of HMAC-SHA256 take tens
///   of milliseconds, during which the loop would stand still. So
///   `crypto.pbkdf2` is a Job on the pool, and `pbkdf2Sync` runs the same
///   job on the loop thread. `randomBytes` too: the kernel's random source
///   may block.
///
///     crypto.createHash('sha256').update('abc').digest('hex')
///     crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', (err, key) => ...)
///     crypto.randomBytes(16, (err, bytes) => ...)      crypto.randomBytes(16)
#pragma once

#include <v8.h>

#include <unordered_set>

#include "modules.h"

namespace pool {

class CryptoModule : public BuiltinModule {
 public:
  static constexpr const char* kName = "crypto";
  explicit CryptoModule(ThreadPool& pool) : BuiltinModule(kName, pool) {}
  /// Frees the hash states whose objects the garbage collector never took.
  ~CryptoModule() override;

  v8::Local<v8::Object> CreateExports(v8::Local<v8::Context> context) override;

 private:
  struct HashState;

  static void CreateHash(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Update(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Digest(const v8::FunctionCallbackInfo<v8::Value>& info);
  /// The garbage collector took a Hash object: free its state.
  static void OnHashCollected(const v8::WeakCallbackInfo<HashState>& info);
  /// The state of `this`, or nullptr after throwing (not a Hash, or
  /// digest() was called already).
  static HashState* StateOf(const v8::FunctionCallbackInfo<v8::Value>& info);

  v8::Global<v8::FunctionTemplate> hash_class_;
  std::unordered_set<HashState*> hashes_;  ///< every state not yet freed
};

}  // namespace pool
