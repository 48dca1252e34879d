// GoogleTest for stage 01: the engine's C++ API.
//
// Every test gets a fresh Engine, entered (tests/common/engine_test.h).
#include "engine.h"

#include <gtest/gtest.h>

#include <sstream>

#include "command_line.h"
#include "context_slots.h"
#include "engine_test.h"
#include "error_report.h"
#include "inspect/inspect.h"
#include "platform.h"
#include "repl.h"

namespace {

using test_support::EngineTest;

TEST_F(EngineTest, RunsAScriptAndReturnsItsCompletionValue) {
  EXPECT_EQ(Eval("6 * 7"), "42");
  EXPECT_EQ(Eval("[1, 2, 3].map(x => x * 2).join()"), "2,4,6");
}

TEST_F(EngineTest, GlobalsPersistBetweenScriptsOfOneContext) {
  Eval("globalThis.counter = 1; let shared = 10;");
  EXPECT_EQ(Eval("counter + shared"), "11");
}

TEST_F(EngineTest, EachEngineHasItsOwnGlobalObject) {
  Eval("globalThis.mine = 1");
  engine::Engine other;
  v8::Isolate::Scope isolate_scope(other.isolate());
  v8::HandleScope handle_scope(other.isolate());
  v8::Context::Scope context_scope(other.context());
  v8::Local<v8::Value> result = other.RunScript("typeof mine", "other.js").ToLocalChecked();
  EXPECT_EQ(engine::ToUtf8(other.isolate(), result), "undefined");
}

TEST_F(EngineTest, ConsoleIsInstalled) {
  EXPECT_EQ(Eval("typeof console.log + typeof console.error"), "functionfunction");
}

TEST_F(EngineTest, ExceptionCarriesLineAndColumn) {
  v8::TryCatch try_catch(isolate());
  EXPECT_TRUE(engine_.RunScript("let a = 1;\n  a.b.c;\n", "where.js").IsEmpty());
  ASSERT_TRUE(try_catch.HasCaught());
  v8::Local<v8::Message> message = try_catch.Message();
  EXPECT_EQ(message->GetLineNumber(context()).FromJust(), 2);
  EXPECT_EQ(message->GetStartColumn(context()).FromJust(), 6);
  EXPECT_EQ(engine::ToUtf8(isolate(), message->GetScriptResourceName()), "where.js");
}

TEST_F(EngineTest, SyntaxErrorIsReportedNotRun) {
  EXPECT_EQ(Eval("globalThis.ran = true; let = ;"), "throws SyntaxError: Unexpected token ';'");
  EXPECT_EQ(Eval("typeof ran"), "undefined");
}

TEST_F(EngineTest, SourceArrowPointsAtTheColumn) {
  v8::TryCatch try_catch(isolate());
  EXPECT_TRUE(engine_.RunScript("x = 1;\nlet y = ;\n", "arrow.js").IsEmpty());
  EXPECT_EQ(engine::SourceArrow(context(), try_catch.Message()),
            "arrow.js:2\nlet y = ;\n        ^\n");
}

TEST_F(EngineTest, InfiniteRecursionIsARangeError) {
  EXPECT_EQ(Eval("function r() { return r() + 1; } r()"),
            "throws RangeError: Maximum call stack size exceeded");
}

TEST_F(EngineTest, V8FlagsReachTheEngine) {
  // --expose-gc was handed to V8 by the environment before initialisation.
  EXPECT_EQ(Eval("typeof gc"), "function");
}

TEST_F(EngineTest, InspectShowsStringsQuotedInsideContainers) {
  v8::Local<v8::Value> value =
      engine_.RunScript("['a', 1, { b: null }]", "inspect.js").ToLocalChecked();
  EXPECT_EQ(engine::Inspect(context(), value), "[ 'a', 1, { b: null } ]");
}

TEST_F(EngineTest, ReplKeepsStateContinuesLinesAndReportsErrors) {
  std::istringstream in(
      "let x = 20\n"
      "function twice(n) {\n"
      "  return 2 * n\n"
      "}\n"
      "twice(x) + 2\n"
      "nope\n"
      ".exit\n"
      "'never evaluated'\n");
  std::ostringstream out;
  EXPECT_EQ(engine::RunRepl(engine_, in, out, /*prompts=*/false), 0);
  EXPECT_EQ(out.str(),
            "undefined\n"
            "undefined\n"
            "42\n"
            "Uncaught ReferenceError: nope is not defined\n");
}

TEST_F(EngineTest, ReplReadsABraceAsAnObjectLiteral) {
  std::istringstream in("{ a: 1 }\n");
  std::ostringstream out;
  engine::RunRepl(engine_, in, out, /*prompts=*/false);
  EXPECT_EQ(out.str(), "{ a: 1 }\n");
}

// ---- The context's slots, where the layers above keep their state ----

TEST_F(EngineTest, TheEngineReservesEveryContextSlotEmpty) {
  for (engine::ContextSlot slot = engine::kFirstLayerSlot; slot < engine::kContextSlotCount;
       slot++) {
    EXPECT_EQ(engine::GetContextSlot(context(), slot), nullptr);
  }
  int state = 0;
  engine::SetContextSlot(context(), engine::kFirstLayerSlot + 1, &state);
  EXPECT_EQ(engine::GetContextSlot(context(), engine::kFirstLayerSlot + 1), &state);
  EXPECT_EQ(engine::GetCurrentContextSlot(isolate(), engine::kFirstLayerSlot + 1), &state);
  EXPECT_EQ(engine::GetContextSlot(context(), engine::kFirstLayerSlot), nullptr);
  engine::SetContextSlot(context(), engine::kFirstLayerSlot + 1, nullptr);
  EXPECT_EQ(engine::GetContextSlot(context(), engine::kFirstLayerSlot + 1), nullptr);
}

TEST_F(EngineTest, AContextNoEngineMadeHasNoState) {
  EXPECT_EQ(engine::GetContextSlot(v8::Context::New(isolate()), engine::kFirstLayerSlot + 2),
            nullptr);
  EXPECT_EQ(engine::GetContextSlot(v8::Local<v8::Context>(), engine::kFirstLayerSlot), nullptr);
}

TEST(CommandLineTest, SplitsOptionsScriptAndScriptArguments) {
  engine::StageInfo stage{"01-engine", "", {{"--trace-loop", "x"}}};
  const char* argv[] = {"01-engine", "--trace-loop", "app.js", "--trace-loop", "b"};
  engine::CommandLine cmd = engine::ParseCommandLine(5, const_cast<char**>(argv), stage);
  EXPECT_EQ(cmd.mode, engine::CommandLine::Mode::kRunFile);
  EXPECT_EQ(cmd.script_path, "app.js");
  EXPECT_TRUE(cmd.HasFlag("--trace-loop"));
  EXPECT_EQ(cmd.script_args, (std::vector<std::string>{"--trace-loop", "b"}));
}

TEST(CommandLineTest, UnknownOptionIsABadOption) {
  engine::StageInfo stage{"01-engine", "", {}};
  const char* argv[] = {"01-engine", "--surely-not-a-flag", "app.js"};
  engine::CommandLine cmd = engine::ParseCommandLine(3, const_cast<char**>(argv), stage);
  EXPECT_EQ(cmd.mode, engine::CommandLine::Mode::kBadOption);
  EXPECT_EQ(cmd.error, "01-engine: bad option: --surely-not-a-flag");
}

TEST(CommandLineTest, PrintTakesItsCode) {
  engine::StageInfo stage{"01-engine", "", {}};
  const char* argv[] = {"01-engine", "-p", "1 + 1", "arg"};
  engine::CommandLine cmd = engine::ParseCommandLine(4, const_cast<char**>(argv), stage);
  EXPECT_EQ(cmd.mode, engine::CommandLine::Mode::kEval);
  EXPECT_TRUE(cmd.print_result);
  EXPECT_EQ(cmd.eval_source, "1 + 1");
  EXPECT_EQ(cmd.script_args, std::vector<std::string>{"arg"});
}

}  // namespace
