// GoogleTest for stage 05's embedding step: the table scripts/js2c.py writes,
// the BuiltinLoader that compiles from it, and the code cache made at build
// time (05-modules/code_cache_builder.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "builtins.h"
#include "engine_test.h"

namespace modules_test {
namespace {

using modules::BuiltinCodeCache;
using modules::BuiltinLoader;
using modules::BuiltinSource;

// Every .js file below 05-modules/lib, by id, with its text.
std::map<std::string, std::string> LibraryFiles() {
  namespace fs = std::filesystem;
  const fs::path lib = STAGE05_LIB_DIR;
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(lib)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".js") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files[fs::relative(entry.path(), lib).replace_extension().generic_string()] = text.str();
  }
  return files;
}

std::vector<const BuiltinSource*> Entries() {
  std::vector<const BuiltinSource*> entries;
  for (const BuiltinSource* entry = modules::kStage05Builtins; entry->id != nullptr; entry++) {
    entries.push_back(entry);
  }
  return entries;
}

TEST(EmbeddedSourcesTest, EveryFileOfLibIsInTheTableWithExactlyItsText) {
  std::map<std::string, std::string> files = LibraryFiles();
  std::vector<const BuiltinSource*> entries = Entries();
  ASSERT_GT(files.size(), 30u);
  EXPECT_EQ(entries.size(), files.size());
  for (const BuiltinSource* entry : entries) {
    auto file = files.find(entry->id);
    ASSERT_NE(file, files.end()) << entry->id << " has no file in lib/";
    EXPECT_EQ(std::string(entry->source, entry->length), file->second) << entry->id;
    EXPECT_EQ(entry->source[entry->length], '\0') << entry->id;  // a C string too
  }
  for (const char* id : {"events", "path", "internal/bootstrap/realm", "internal/bootstrap/node",
                         "internal/modules/cjs/loader", "internal/main/run_main_module"}) {
    EXPECT_NE(BuiltinLoader({modules::kStage05Builtins}).Find(id), nullptr) << id;
  }
}

TEST(EmbeddedSourcesTest, IdsAreSortedAndUnique) {
  std::vector<const BuiltinSource*> entries = Entries();
  for (size_t i = 1; i < entries.size(); i++) {
    EXPECT_LT(std::string_view(entries[i - 1]->id), std::string_view(entries[i]->id));
  }
}

TEST(EmbeddedSourcesTest, SourcesAreAscii) {
  // V8's one-byte external strings are Latin-1: UTF-8 would be misread.
  for (const BuiltinSource* entry : Entries()) {
    for (size_t i = 0; i < entry->length; i++) {
      ASSERT_LT(static_cast<unsigned char>(entry->source[i]), 128u)
          << entry->id << " at offset " << i;
    }
  }
}

using BuiltinLoaderTest = test_support::EngineTest;

TEST_F(BuiltinLoaderTest, TheSourceIsAnExternalStringOverTheBinarysBytes) {
  BuiltinLoader loader({modules::kStage05Builtins});
  v8::Local<v8::String> text = loader.SourceString(isolate(), "events").ToLocalChecked();
  ASSERT_TRUE(text->IsExternalOneByte());
  const BuiltinSource* entry = loader.Find("events");
  // The very bytes of the table: nothing was copied.
  EXPECT_EQ(text->GetExternalOneByteStringResource()->data(), entry->source);
  EXPECT_EQ(static_cast<size_t>(text->Length()), entry->length);
}

TEST_F(BuiltinLoaderTest, EachKindOfBuiltinGetsItsParameters) {
  BuiltinLoader loader({modules::kStage05Builtins});
  struct Expected {
    const char* id;
    int length;
    const char* parameters;
  };
  for (const Expected& expected :
       {Expected{"events", 5, "(exports, require, module, process, internalBinding)"},
        Expected{"internal/bootstrap/realm", 2, "(process, getInternalBinding)"},
        Expected{"internal/bootstrap/node", 3, "(process, require, internalBinding)"},
        Expected{"internal/main/prepare_eval", 3, "(process, require, internalBinding)"}}) {
    v8::Local<v8::Function> function = loader.Compile(context(), expected.id).ToLocalChecked();
    v8::Local<v8::Value> length =
        function->Get(context(), engine::ToV8String(isolate(), "length")).ToLocalChecked();
    EXPECT_EQ(length->Int32Value(context()).FromJust(), expected.length) << expected.id;
    std::string text = engine::ToUtf8(isolate(), function->ToString(context()).ToLocalChecked());
    EXPECT_NE(text.find(expected.parameters), std::string::npos) << expected.id << ": " << text;
    // Stack traces name it as Node does.
    EXPECT_EQ(engine::ToUtf8(isolate(), function->GetScriptOrigin().ResourceName()),
              std::string("node:") + expected.id);
  }
}

TEST_F(BuiltinLoaderTest, AnUnknownIdThrows) {
  BuiltinLoader loader({modules::kStage05Builtins});
  v8::TryCatch try_catch(isolate());
  EXPECT_TRUE(loader.Compile(context(), "no/such/module").IsEmpty());
  ASSERT_TRUE(try_catch.HasCaught());
  EXPECT_EQ(Describe(try_catch.Exception()), "Error: No such built-in module: no/such/module");
}

TEST_F(BuiltinLoaderTest, TheFirstTableWithAnIdWins) {
  static const char kSource[] = "exports.mine = true;";
  const BuiltinSource later[] = {{"events", kSource, sizeof kSource - 1},
                                 {"only-here", kSource, sizeof kSource - 1},
                                 {nullptr, nullptr, 0}};
  BuiltinLoader loader({modules::kStage05Builtins, later});
  EXPECT_NE(loader.Find("events")->source, kSource);
  EXPECT_EQ(loader.Find("only-here")->source, kSource);
  EXPECT_EQ(loader.Ids().back(), "only-here");
}

// A cache made here, in this process (so with this process's V8 flags), and
// handed to a second loader: V8 takes it, and the function it gives works.
TEST_F(BuiltinLoaderTest, ACodeCacheIsAcceptedAndItsFunctionRuns) {
  BuiltinLoader producer({modules::kStage05Builtins});
  const std::string id = "internal/path/segments";
  std::vector<uint8_t> bytes = producer.CreateCodeCache(context(), id);
  ASSERT_GT(bytes.size(), 100u);
  const BuiltinCodeCache cache[] = {{id.c_str(), bytes.data(), bytes.size(), 0},
                                    {nullptr, nullptr, 0, 0}};
  BuiltinLoader loader({modules::kStage05Builtins}, {cache});
  v8::Local<v8::Function> function = loader.Compile(context(), id).ToLocalChecked();
  EXPECT_EQ(loader.cache_usage().with_cache, std::vector<std::string>{id});
  EXPECT_TRUE(loader.cache_usage().without_cache.empty());

  // Run it as the realm's loader would, and use what it exports.
  v8::Local<v8::Object> module = v8::Object::New(isolate());
  v8::Local<v8::Object> exports = v8::Object::New(isolate());
  v8::Local<v8::Value> args[] = {exports, v8::Undefined(isolate()), module};
  ASSERT_FALSE(function->Call(context(), v8::Undefined(isolate()), 3, args).IsEmpty());
  context()->Global()->Set(context(), engine::ToV8String(isolate(), "segments"), module).Check();
  EXPECT_EQ(Eval("segments.exports.normalizeSegments(['a', '.', 'b', '..', 'c'], false).join('/')"),
            "a/c");
}

// A cache that does not fit (here: another built-in's) is rejected by V8's
// checks; the loader compiles the source instead and says so.
TEST_F(BuiltinLoaderTest, ARejectedCacheFallsBackToTheSource) {
  BuiltinLoader producer({modules::kStage05Builtins});
  std::vector<uint8_t> bytes = producer.CreateCodeCache(context(), "events");
  const BuiltinCodeCache wrong[] = {{"path", bytes.data(), bytes.size(), 0},
                                    {nullptr, nullptr, 0, 0}};
  BuiltinLoader loader({modules::kStage05Builtins}, {wrong});
  v8::Local<v8::Function> function;
  ASSERT_TRUE(loader.Compile(context(), "path").ToLocal(&function));
  EXPECT_EQ(loader.cache_usage().rejected, std::vector<std::string>{"path"});
  EXPECT_EQ(loader.cache_usage().without_cache, std::vector<std::string>{"path"});
  EXPECT_TRUE(loader.cache_usage().with_cache.empty());
}

// The build's cache: one entry per built-in, each made from exactly the
// source beside it in the binary.
TEST(BuildCodeCacheTest, EveryBuiltinHasACacheMadeFromItsEmbeddedSource) {
  BuiltinLoader loader({modules::kStage05Builtins}, {modules::kStage05CodeCache});
  size_t caches = 0;
  for (const BuiltinCodeCache* entry = modules::kStage05CodeCache; entry->id != nullptr; entry++) {
    caches++;
    const BuiltinSource* source = loader.Find(entry->id);
    ASSERT_NE(source, nullptr) << entry->id;
    EXPECT_EQ(entry->source_hash, modules::SourceHash({source->source, source->length}))
        << entry->id << ": the cache is older than the source";
    EXPECT_GT(entry->length, 0u);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(entry->data) % 8, 0u) << entry->id;  // read in place
  }
  EXPECT_EQ(caches, loader.Ids().size());
}

// This test program runs V8 with --expose-gc (v8_test_environment.h), the
// program without: the flag hashes differ, and V8 must refuse the build's
// cache rather than run bytecode made under other flags.
TEST_F(BuiltinLoaderTest, TheBuildsCacheIsRejectedUnderOtherV8Flags) {
  BuiltinLoader loader({modules::kStage05Builtins}, {modules::kStage05CodeCache});
  ASSERT_FALSE(loader.Compile(context(), "events").IsEmpty());
  EXPECT_EQ(loader.cache_usage().rejected, std::vector<std::string>{"events"});
}

TEST(SourceHashTest, IsFnv1a64) {
  EXPECT_EQ(modules::SourceHash(""), 14695981039346656037ull);
  EXPECT_EQ(modules::SourceHash("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_NE(modules::SourceHash("ab"), modules::SourceHash("ba"));
}

}  // namespace
}  // namespace modules_test
