// One V8 for a whole test program.
//
// V8 can be initialised once per process and never again after it has been
// disposed, so the platform (engine::V8Process) lives in a GoogleTest
// environment: set up before the first test, torn down after the last. Each
// test then makes its own isolate and context (an engine::Engine).
//
// Including this header is enough: the environment registers itself once per
// test program, however many files include it (an inline variable has one
// definition). --expose-gc lets tests force a collection with gc().
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "platform.h"

namespace test_support {

class V8TestEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { process_ = std::make_unique<engine::V8Process>(kFlags); }
  void TearDown() override { process_.reset(); }

 private:
  inline static const std::vector<std::string> kFlags = {"--expose-gc"};
  std::unique_ptr<engine::V8Process> process_;
};

inline const ::testing::Environment* const kV8Environment =
    ::testing::AddGlobalTestEnvironment(new V8TestEnvironment);

}  // namespace test_support
