// The third layer: stage 03's ThreadPool and built-in modules (require()) on
// the test's Runtime (see engine_test.h for the whole ladder).
#pragma once

#include <memory>

#include "modules.h"
#include "runtime_test.h"
#include "thread_pool.h"

namespace test_support {

class PoolTest : public RuntimeTest {
 protected:
  explicit PoolTest(const char* stage = "03-threadpool")
      : RuntimeTest(stage),
        pool_(std::make_unique<pool::ThreadPool>(*runtime_)),
        modules_(std::make_unique<pool::BuiltinModules>(*runtime_, *pool_)) {
    modules_->Install(context());
  }

  // As main() ends: jobs still in flight are cancelled or awaited first.
  ~PoolTest() override {
    pool_->Shutdown(0);
    modules_.reset();
    pool_.reset();
  }

  std::unique_ptr<pool::ThreadPool> pool_;
  std::unique_ptr<pool::BuiltinModules> modules_;
};

}  // namespace test_support
