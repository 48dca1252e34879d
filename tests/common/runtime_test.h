// The second layer: stage 02's Runtime on the test's Engine (see
// engine_test.h for the whole ladder).
//
// Scripts report what happened by pushing onto globalThis.log, which the test
// reads after the loop has run: assertions are about order and state, never
// about time.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "command_line.h"
#include "engine_test.h"
#include "runtime.h"

namespace test_support {

class RuntimeTest : public EngineTest {
 protected:
  // `stage` names the stage in error reports, as its main() does.
  explicit RuntimeTest(const char* stage = "02-event-loop")
      : stage_{stage, "", {{"--trace-loop", ""}}},
        runtime_(std::make_unique<loop::Runtime>(engine_, cmd_, stage_)) {
    Run("globalThis.log = [];");
  }

  ~RuntimeTest() override { runtime_.reset(); }

  // Runs `source` as the main script, then the loop; the exit code. A main
  // script that threw ends with 1, or with the code process.exit() asked for.
  int RunProgram(const std::string& source) {
    if (Run(source).IsEmpty()) {
      std::optional<int> code = runtime_->exit_requested();
      return code ? *code : 1;
    }
    return runtime_->RunLoop();
  }

  // globalThis.log joined with spaces. After process.exit() or a fatal error
  // the isolate may still be terminating, which refuses all JavaScript: the
  // test lifts that to read the log.
  std::string Log() {
    isolate()->CancelTerminateExecution();
    v8::HandleScope scope(isolate());
    v8::Local<v8::Value> result = Run("log.join(' ')");
    return result.IsEmpty() ? "(no log)" : engine::ToUtf8(isolate(), result);
  }

  engine::StageInfo stage_;
  engine::CommandLine cmd_;
  std::unique_ptr<loop::Runtime> runtime_;
};

}  // namespace test_support
