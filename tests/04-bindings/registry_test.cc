// GoogleTest for stage 04: the binding registry and internalBinding().
#include <gtest/gtest.h>

#include <string>

#include "binding_registry.h"
#include "realm_test.h"

namespace bindings_test {
namespace {

TEST(BindingRegistryTest, FindsEveryListedBindingByName) {
  ASSERT_GT(bindings::BindingCount(), 10u);
  for (size_t i = 0; i < bindings::BindingCount(); i++) {
    EXPECT_EQ(bindings::FindBinding(bindings::BindingAt(i).name), static_cast<int>(i));
  }
  EXPECT_EQ(bindings::FindBinding("no_such_binding"), -1);
  EXPECT_EQ(bindings::FindBinding(""), -1);
}

using InternalBindingTest = test_support::RealmTest;

TEST_F(InternalBindingTest, EveryListedBindingCanBeBuilt) {
  for (size_t i = 0; i < bindings::BindingCount(); i++) {
    std::string name = bindings::BindingAt(i).name;
    EXPECT_EQ(Eval("((b) => typeof b === 'object' && Object.keys(b).length > 0)"
                   "(internalBinding('" +
                   name + "'))"),
              "true")
        << name;
  }
}

TEST_F(InternalBindingTest, ABindingIsBuiltOnFirstUseAndThenTheSameObject) {
  EXPECT_FALSE(realm().HasLoaded("types"));
  EXPECT_EQ(Eval("globalThis.first = internalBinding('types'); typeof first.isDate"), "function");
  EXPECT_TRUE(realm().HasLoaded("types"));
  EXPECT_EQ(Eval("internalBinding('types') === first"), "true");
  EXPECT_FALSE(realm().HasLoaded("tcp_wrap"));  // nobody asked for it
}

TEST_F(InternalBindingTest, BootstrapBuildsOnlyWhatTheGlobalsNeed) {
  EXPECT_TRUE(realm().HasLoaded("buffer"));  // globalThis.Buffer comes from it
  EXPECT_EQ(Eval("Buffer === internalBinding('buffer').Buffer"), "true");
  EXPECT_FALSE(realm().HasLoaded("uv"));
}

TEST_F(InternalBindingTest, AnUnknownNameOrANonStringThrows) {
  EXPECT_EQ(Eval("internalBinding('nope')"), "throws Error: No such binding: nope");
  EXPECT_EQ(Eval("internalBinding(42)"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"module\" argument must be of type "
            "string. Received type number (42)");
  EXPECT_EQ(Eval("internalBinding()"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"module\" argument must be of type "
            "string. Received undefined");
  EXPECT_EQ(Eval("new internalBinding('uv')"),
            "throws TypeError: internalBinding is not a constructor");
}

TEST_F(InternalBindingTest, TheNativesOfStages02And03AreListedToo) {
  EXPECT_EQ(Eval("const t = internalBinding('timers');"
                 "[t.setTimeout === setTimeout, t.setImmediate === setImmediate,"
                 " t.clearInterval === clearInterval].join()"),
            "true,true,true");
  EXPECT_EQ(Eval("internalBinding('task_queue').nextTick === process.nextTick"), "true");
  EXPECT_EQ(Eval("internalBinding('process_methods').exit === process.exit"), "true");
  EXPECT_EQ(Eval("const fs = internalBinding('fs');"
                 "[fs.readFileSync === require('fs').readFileSync,"
                 " fs.promises === require('fs').promises].join()"),
            "true,true");
  EXPECT_EQ(Eval("internalBinding('crypto').createHash === require('crypto').createHash"), "true");
}

TEST_F(InternalBindingTest, TheLowerStagesNativesAreTakenBeforeAnyScriptRuns) {
  EXPECT_EQ(Eval("const original = setTimeout; globalThis.setTimeout = () => 'mine';"
                 "internalBinding('timers').setTimeout === original"),
            "true");
}

TEST_F(InternalBindingTest, FsAndCryptoNowReturnBuffers) {
  EXPECT_EQ(Eval("const digest = require('crypto').createHash('sha1').update('x').digest();"
                 "[Buffer.isBuffer(digest), digest.toString('hex')].join()"),
            "true,11f6ad8ec52a2984abaafd7c3b516503785c2072");
  EXPECT_EQ(Eval("Buffer.isBuffer(require('crypto').randomBytes(4))"), "true");
}

}  // namespace
}  // namespace bindings_test
