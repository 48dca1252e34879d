// GoogleTest for stage 04: the binding registry and internalBinding().
#include <gtest/gtest.h>

#include <string>

#include "binding_registry.h"
#include "modules.h"
#include "realm_test.h"
#include "runtime.h"

namespace bindings_test {
namespace {

TEST(BindingRegistryTest, FindsEveryListedBindingByName) {
  const bindings::BindingRegistry registry({bindings::kStage04Bindings});
  ASSERT_GT(registry.size(), 10u);
  for (size_t i = 0; i < registry.size(); i++) {
    EXPECT_EQ(registry.Find(registry.at(i).name), static_cast<int>(i));
  }
  EXPECT_EQ(registry.Find("no_such_binding"), -1);
  EXPECT_EQ(registry.Find(""), -1);
}

// What a higher stage does: a list of its own, after the lists below it.
void InitializeExtra(bindings::Realm&, v8::Local<v8::Object> exports) {
  exports
      ->Set(exports->GetCreationContextChecked(),
            v8::String::NewFromUtf8Literal(exports->GetIsolate(), "extra"),
            v8::True(exports->GetIsolate()))
      .Check();
}
const bindings::BindingModule kExtra{"extra_binding", InitializeExtra};
const bindings::BindingModule* const kExtraModules[] = {&kExtra};
const bindings::BindingList kExtraList{kExtraModules, 1};

TEST(BindingRegistryTest, SearchesTheListsOfEveryStageInOrder) {
  const bindings::BindingRegistry below({bindings::kStage04Bindings});
  const bindings::BindingRegistry registry({bindings::kStage04Bindings, kExtraList});
  EXPECT_EQ(registry.size(), below.size() + 1);
  EXPECT_EQ(registry.Find("extra_binding"), static_cast<int>(below.size()));
  EXPECT_EQ(registry.Find("tcp_wrap"), below.Find("tcp_wrap"));
  EXPECT_EQ(below.Find("extra_binding"), -1);
}

using InternalBindingTest = test_support::RealmTest;

TEST_F(InternalBindingTest, EveryListedBindingCanBeBuilt) {
  for (size_t i = 0; i < realm().registry().size(); i++) {
    std::string name = realm().registry().at(i).name;
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

TEST_F(InternalBindingTest, TheNativesOfStages02And03AreListedUnderTheirOwnNames) {
  EXPECT_EQ(Eval("const t = internalBinding('loop_timers');"
                 "[t.setTimeout === setTimeout, t.setImmediate === setImmediate,"
                 " t.clearInterval === clearInterval].join()"),
            "true,true,true");
  EXPECT_EQ(Eval("internalBinding('loop_task_queue').nextTick === process.nextTick"), "true");
  EXPECT_EQ(Eval("internalBinding('loop_process').exit === process.exit"), "true");
  EXPECT_EQ(Eval("const fs = internalBinding('pool_fs');"
                 "[fs.readFileSync === require('fs').readFileSync,"
                 " fs.promises === require('fs').promises].join()"),
            "true,true");
  EXPECT_EQ(Eval("internalBinding('pool_dns').lookup === require('dns').lookup"), "true");
  EXPECT_EQ(Eval("internalBinding('pool_zlib').gzipSync === require('zlib').gzipSync"), "true");
  EXPECT_EQ(Eval("internalBinding('pool_crypto').createHash === require('crypto').createHash"),
            "true");
}

TEST_F(InternalBindingTest, TheLowerStagesNativesAreTakenBeforeAnyScriptRuns) {
  EXPECT_EQ(Eval("const original = setTimeout; globalThis.setTimeout = () => 'mine';"
                 "internalBinding('loop_timers').setTimeout === original"),
            "true");
}

TEST_F(InternalBindingTest, FsAndCryptoNowReturnBuffers) {
  EXPECT_EQ(Eval("const digest = require('crypto').createHash('sha1').update('x').digest();"
                 "[Buffer.isBuffer(digest), digest.toString('hex')].join()"),
            "true,11f6ad8ec52a2984abaafd7c3b516503785c2072");
  EXPECT_EQ(Eval("Buffer.isBuffer(require('crypto').randomBytes(4))"), "true");
}

TEST_F(InternalBindingTest, EachLayerFindsItsOwnStateInTheContext) {
  EXPECT_EQ(bindings::Realm::GetCurrent(context()), realm_.get());
  EXPECT_EQ(&bindings::Realm::GetCurrent(isolate()), realm_.get());
  EXPECT_EQ(pool::BuiltinModules::GetCurrent(context()), modules_.get());
  EXPECT_EQ(loop::Runtime::GetCurrent(context()), runtime_.get());
  // A binding's native finds the realm, and through it the loop.
  EXPECT_EQ(Eval("typeof internalBinding('timer_wrap').Timer.now()"), "number");
  EndRealm();
  EXPECT_EQ(bindings::Realm::GetCurrent(context()), nullptr);
  EXPECT_EQ(loop::Runtime::GetCurrent(context()), runtime_.get());
}

// Every export of every binding is an own data property, so a setter on
// Object.prototype cannot swallow it. A first realm lists the exports; a
// second one, in the same context, builds every binding again after a script
// has put a setter on Object.prototype for each of those names.
TEST_F(InternalBindingTest, NoSetterOnObjectPrototypeSwallowsAnExport) {
  const bindings::BindingRegistry& registry = realm_->registry();
  std::string names = "[";
  for (size_t i = 0; i < registry.size(); i++) {
    names += std::string(i > 0 ? ", '" : "'") + registry.at(i).name + "'";
  }
  names += "]";
  ASSERT_EQ(Eval("globalThis.exportsByBinding = {};"
                 "for (const name of " +
                 names +
                 ")"
                 "  exportsByBinding[name] = Object.getOwnPropertyNames(internalBinding(name));"
                 "Object.keys(exportsByBinding).length"),
            std::to_string(registry.size()));
  EndRealm();

  EXPECT_EQ(Eval("globalThis.swallowed = [];"
                 "globalThis.names = [...new Set(Object.values(exportsByBinding).flat())]"
                 "  .filter((name) => !(name in Object.prototype));"
                 "for (const name of names) {"
                 "  Object.defineProperty(Object.prototype, name, {"
                 "    set(value) { swallowed.push(name); }, configurable: true });"
                 "}"
                 "names.length > 100"),
            "true");
  realm_ = std::make_unique<bindings::Realm>(
      *runtime_, *modules_, std::vector<bindings::BindingList>{bindings::kStage04Bindings});
  realm_->Bootstrap();
  EXPECT_EQ(Eval("const missing = [];"
                 "for (const [binding, list] of Object.entries(exportsByBinding)) {"
                 "  const exports = internalBinding(binding);"
                 "  for (const name of list) {"
                 "    if (!Object.hasOwn(exports, name)) missing.push(binding + '.' + name);"
                 "  }"
                 "}"
                 "for (const name of names) delete Object.prototype[name];"
                 "`missing: [${missing}] swallowed: [${swallowed}]`"),
            "missing: [] swallowed: []");
}

}  // namespace
}  // namespace bindings_test
