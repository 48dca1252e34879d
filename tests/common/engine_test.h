// The first layer of every stage's GoogleTest fixture: an Engine, entered.
//
//     EngineTest   (this)             an isolate and its context, entered
//       └─ RuntimeTest (runtime_test.h)  + stage 02's Runtime: loop, queues
//            └─ PoolTest (pool_test.h)      + stage 03's ThreadPool and modules
//                 └─ RealmTest (realm_test.h) + stage 04's Realm, bootstrapped
//
// Each layer builds what main() of its stage builds, in the same order, and
// tears it down in reverse (C++ destroys a derived fixture before its base).
// A stage's tests derive from the layer of that stage. V8 itself is started
// once per test program (v8_test_environment.h); each test gets a fresh
// Engine, so nothing leaks from one test into the next.
#pragma once

#include <gtest/gtest.h>
#include <v8.h>

#include <string>

#include "engine.h"
#include "v8_test_environment.h"

namespace test_support {

class EngineTest : public ::testing::Test {
 protected:
  EngineTest()
      : isolate_scope_(engine_.isolate()),
        handle_scope_(engine_.isolate()),
        context_scope_(engine_.context()) {}

  v8::Isolate* isolate() const { return engine_.isolate(); }
  v8::Local<v8::Context> context() const { return engine_.context(); }

  // Runs `source` as a script named test.js: its completion value, or an
  // empty handle if it threw (the exception is dropped).
  v8::Local<v8::Value> Run(const std::string& source) {
    v8::EscapableHandleScope scope(isolate());
    v8::TryCatch try_catch(isolate());
    v8::Local<v8::Value> result;
    if (!engine_.RunScript(source, "test.js").ToLocal(&result)) return {};
    return scope.Escape(result);
  }

  // Runs `source`: String(its completion value), or "throws " and what
  // Describe() makes of the exception, or "(terminated)" when
  // process.exit() unwound it.
  std::string Eval(const std::string& source) {
    v8::HandleScope scope(isolate());
    v8::TryCatch try_catch(isolate());
    v8::Local<v8::Value> result;
    if (engine_.RunScript(source, "test.js").ToLocal(&result)) {
      return engine::ToUtf8(isolate(), result);
    }
    if (!try_catch.HasCaught() || try_catch.HasTerminated()) return "(terminated)";
    return "throws " + Describe(try_catch.Exception());
  }

  // "TypeError [ERR_X]: message" for an error (the code only when it has
  // one); String(value) for anything else.
  std::string Describe(v8::Local<v8::Value> error) {
    if (!error->IsObject()) return engine::ToUtf8(isolate(), error);
    v8::Local<v8::Object> object = error.As<v8::Object>();
    auto get = [&](const char* name) {
      v8::Local<v8::Value> value;
      if (!object->Get(context(), engine::ToV8String(isolate(), name)).ToLocal(&value)) {
        return std::string();
      }
      return value->IsUndefined() ? std::string() : engine::ToUtf8(isolate(), value);
    };
    std::string code = get("code");
    return get("name") + (code.empty() ? "" : " [" + code + "]") + ": " + get("message");
  }

  engine::Engine engine_;
  v8::Isolate::Scope isolate_scope_;
  v8::HandleScope handle_scope_;
  v8::Context::Scope context_scope_;
};

}  // namespace test_support
