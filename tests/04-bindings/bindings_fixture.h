// What every test of stage 04 starts from: V8 once per process (with
// --expose-gc, so that scripts can force a collection), and per test an
// Engine, a Runtime, the thread pool and modules of stage 03, and a Realm,
// bootstrapped as main() does.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "command_line.h"
#include "engine.h"
#include "modules.h"
#include "platform.h"
#include "realm.h"
#include "runtime.h"
#include "thread_pool.h"
#include "v8_test_environment.h"

namespace bindings_test {

class BindingsTest : public ::testing::Test {
 protected:
  BindingsTest()
      : isolate_scope_(engine_.isolate()),
        handle_scope_(engine_.isolate()),
        context_scope_(engine_.context()),
        runtime_(std::make_unique<loop::Runtime>(engine_, cmd_, stage_)),
        pool_(std::make_unique<pool::ThreadPool>(*runtime_)),
        modules_(std::make_unique<pool::BuiltinModules>(*runtime_, *pool_)),
        realm_(std::make_unique<bindings::Realm>(
            *runtime_, *modules_, std::vector<bindings::BindingList>{bindings::kStage04Bindings})) {
    modules_->Install(engine_.context());
    realm_->Bootstrap();
    Eval("globalThis.log = []");
  }

  ~BindingsTest() override {
    EndRealm();
    pool_->Shutdown(0);
    modules_.reset();
    pool_.reset();
    runtime_.reset();
  }

  void EndRealm() { realm_.reset(); }

  v8::Isolate* isolate() { return engine_.isolate(); }
  bindings::Realm& realm() { return *realm_; }

  // Runs `source`; its completion value as String() makes it, or
  // "throws Name [CODE]: message" for an exception.
  std::string Eval(const std::string& source) {
    v8::HandleScope scope(isolate());
    v8::TryCatch try_catch(isolate());
    v8::Local<v8::Value> result;
    if (engine_.RunScript(source, "test.js").ToLocal(&result)) {
      return engine::ToUtf8(isolate(), result);
    }
    if (!try_catch.HasCaught()) return "(terminated)";
    return "throws " + Describe(try_catch.Exception());
  }

  // "TypeError [ERR_X]: message" for an error with a code.
  std::string Describe(v8::Local<v8::Value> error) {
    if (!error->IsObject()) return engine::ToUtf8(isolate(), error);
    v8::Local<v8::Context> context = engine_.context();
    v8::Local<v8::Object> object = error.As<v8::Object>();
    auto get = [&](const char* name) {
      v8::Local<v8::Value> value;
      if (!object->Get(context, engine::ToV8String(isolate(), name)).ToLocal(&value))
        return std::string();
      return value->IsUndefined() ? std::string() : engine::ToUtf8(isolate(), value);
    };
    std::string code = get("code");
    return get("name") + (code.empty() ? "" : " [" + code + "]") + ": " + get("message");
  }

  // The main script, then the loop; the exit code.
  int RunProgram(const std::string& source) {
    std::string result = Eval(source);
    if (result.rfind("throws ", 0) == 0 || result == "(terminated)") {
      std::optional<int> code = runtime_->exit_requested();
      return code ? *code : 1;
    }
    return runtime_->RunLoop();
  }

  std::string Log() {
    isolate()->CancelTerminateExecution();
    return Eval("log.join(' ')");
  }

  engine::StageInfo stage_{"04-bindings", "", {{"--trace-loop", ""}}};
  engine::CommandLine cmd_;
  engine::Engine engine_;
  v8::Isolate::Scope isolate_scope_;
  v8::HandleScope handle_scope_;
  v8::Context::Scope context_scope_;
  std::unique_ptr<loop::Runtime> runtime_;
  std::unique_ptr<pool::ThreadPool> pool_;
  std::unique_ptr<pool::BuiltinModules> modules_;
  std::unique_ptr<bindings::Realm> realm_;
};

}  // namespace bindings_test
