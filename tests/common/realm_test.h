// The fourth layer: stage 04's Realm, bootstrapped as main() does
// (globalThis.internalBinding and Buffer), on the test's pool and Runtime
// (see engine_test.h for the whole ladder).
#pragma once

#include <memory>

#include "pool_test.h"
#include "realm.h"

namespace test_support {

class RealmTest : public PoolTest {
 protected:
  RealmTest()
      : PoolTest("04-bindings"),
        realm_(std::make_unique<bindings::Realm>(
            *runtime_, *modules_, std::vector<bindings::BindingList>{bindings::kStage04Bindings})) {
    realm_->Bootstrap();
  }

  ~RealmTest() override { EndRealm(); }

  // Ends the Realm now, as main() does after the loop: every object in it ends.
  void EndRealm() { realm_.reset(); }

  bindings::Realm& realm() { return *realm_; }

  std::unique_ptr<bindings::Realm> realm_;
};

}  // namespace test_support
