// The fifth layer: stage 05's bootstrap on a Realm with the bindings of
// stages 04 and 05 (see engine_test.h for the whole ladder).
//
// The bootstrap takes `internalBinding` away from the global object, as in
// main(); the fixture keeps it as globalThis.binding first, so that a test
// can call the bindings of this stage directly.
#pragma once

#include <memory>

#include "bootstrap.h"
#include "builtins.h"
#include "pool_test.h"
#include "realm.h"

namespace test_support {

class ModulesTest : public PoolTest {
 protected:
  ModulesTest()
      : PoolTest("05-modules"),
        realm_(std::make_unique<bindings::Realm>(
            *runtime_, *modules_,
            std::vector<bindings::BindingList>{bindings::kStage04Bindings,
                                               bindings::kStage05Bindings})),
        loader_({modules::kStage05Builtins}) {
    realm_->Bootstrap();
    Eval("globalThis.binding = internalBinding");
    v8::TryCatch try_catch(isolate());
    bootstrap_ = std::make_unique<modules::Bootstrap>(*realm_, loader_);
    EXPECT_TRUE(bootstrap_->ok()) << Describe(try_catch.Exception());
  }

  ~ModulesTest() override {
    bootstrap_.reset();
    realm_.reset();
  }

  bindings::Realm& realm() { return *realm_; }
  const modules::BuiltinLoader& loader() { return loader_; }

  std::unique_ptr<bindings::Realm> realm_;
  modules::BuiltinLoader loader_;  // no code cache: V8 compiles every built-in
  std::unique_ptr<modules::Bootstrap> bootstrap_;
};

}  // namespace test_support
