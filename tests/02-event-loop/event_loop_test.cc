// GoogleTest for stage 02: the loop's C++ parts.
//
// Every test gets its own Engine and Runtime (tests/common/runtime_test.h),
// so its loop, timers and queues are fresh. Scripts report what
// happened by pushing onto globalThis.log, which the test reads after the loop
// has run: the assertions are about order and state, never about time.
#include "event_loop.h"

#include <gtest/gtest.h>
#include <uv.h>

#include <memory>
#include <string>

#include "command_line.h"
#include "engine.h"
#include "platform.h"
#include "runtime.h"
#include "runtime_test.h"
#include "timers.h"

namespace {

// ---- EventLoop: the rules of closing ----

TEST(EventLoopTest, ClosesWhenNoHandleIsOpen) {
  loop::EventLoop event_loop;
  EXPECT_EQ(event_loop.CloseAndDrain(), 0);
}

TEST(EventLoopTest, RefusesToCloseWhileAHandleIsOpen) {
  loop::EventLoop event_loop;
  uv_timer_t timer;
  uv_timer_init(event_loop.get(), &timer);
  EXPECT_EQ(event_loop.CloseAndDrain(), UV_EBUSY);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer), nullptr);
  EXPECT_EQ(event_loop.CloseAndDrain(), 0);  // the close callback ran first
}

TEST(EventLoopTest, AnUnrefdHandleDoesNotKeepTheLoopAlive) {
  loop::EventLoop event_loop;
  uv_timer_t timer;
  uv_timer_init(event_loop.get(), &timer);
  uv_timer_start(
      &timer, [](uv_timer_t*) { FAIL() << "an unref'd timer kept the loop alive"; }, 60000, 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer));
  EXPECT_FALSE(event_loop.Run());  // returns at once: nothing ref'd
  uv_close(reinterpret_cast<uv_handle_t*>(&timer), nullptr);
  EXPECT_EQ(event_loop.CloseAndDrain(), 0);
}

// ---- The runtime, through scripts ----

using test_support::RuntimeTest;

TEST_F(RuntimeTest, NextTicksRunBeforePromisesAndBothBeforeTheLoop) {
  EXPECT_EQ(RunProgram("setImmediate(() => log.push('immediate'));"
                       "Promise.resolve().then(() => log.push('promise'));"
                       "process.nextTick(() => log.push('tick'));"
                       "log.push('main');"),
            0);
  EXPECT_EQ(Log(), "main tick promise immediate");
}

TEST_F(RuntimeTest, ATickQueuedByAPromiseWaitsForTheMicrotaskQueueToEmpty) {
  RunProgram(
      "Promise.resolve().then(() => { log.push('p1'); process.nextTick(() => log.push('t')); })"
      "  .then(() => log.push('p2'));");
  EXPECT_EQ(Log(), "p1 p2 t");
}

TEST_F(RuntimeTest, TheQueuesAreDrainedAfterEachImmediate) {
  RunProgram(
      "setImmediate(() => { log.push('i1'); Promise.resolve().then(() => log.push('p')); });"
      "setImmediate(() => log.push('i2'));");
  EXPECT_EQ(Log(), "i1 p i2");
}

TEST_F(RuntimeTest, AnImmediateQueuedByAnImmediateWaitsForTheNextIteration) {
  RunProgram(
      "setImmediate(() => { log.push('a'); setImmediate(() => log.push('c')); });"
      "setImmediate(() => log.push('b'));");
  EXPECT_EQ(Log(), "a b c");
}

TEST_F(RuntimeTest, TimersOfEqualDurationFireInCreationOrder) {
  RunProgram("for (let i = 0; i < 5; i++) setTimeout(() => log.push(i), 2);");
  EXPECT_EQ(Log(), "0 1 2 3 4");
}

TEST_F(RuntimeTest, ShorterTimersFireFirstAcrossLists) {
  RunProgram(
      "setTimeout(() => log.push('long'), 30);"
      "setTimeout(() => log.push('short'), 1);");
  EXPECT_EQ(Log(), "short long");
}

TEST_F(RuntimeTest, ClearingAndRefsAreCountedExactly) {
  Run("globalThis.a = setTimeout(() => {}, 1000);"
      "globalThis.b = setTimeout(() => {}, 1000);"
      "globalThis.c = setInterval(() => {}, 5);");
  EXPECT_EQ(runtime_->timers().armed_count(), 3u);
  EXPECT_EQ(runtime_->timers().refed_count(), 3u);
  Run("b.unref(); b.unref();");  // twice is once
  EXPECT_EQ(runtime_->timers().refed_count(), 2u);
  Run("clearTimeout(a); clearTimeout(a); clearInterval(c);");
  EXPECT_EQ(runtime_->timers().armed_count(), 1u);
  EXPECT_EQ(runtime_->timers().refed_count(), 0u);
  // What is left is unref'd: the loop ends without firing it.
  EXPECT_EQ(runtime_->RunLoop(), 0);
  EXPECT_EQ(runtime_->timers().armed_count(), 1u);
}

TEST_F(RuntimeTest, ClearTimeoutAcceptsTheIdOnlyAfterItWasSeen) {
  RunProgram(
      "const t = setTimeout(() => log.push('fired'), 1);"
      "clearTimeout(+t);");
  EXPECT_EQ(Log(), "");
}

TEST_F(RuntimeTest, AnIntervalCanClearItselfFromItsCallback) {
  RunProgram(
      "let n = 0;"
      "const i = setInterval(function () { log.push(this === i); if (++n === 3) clearInterval(i); "
      "}, 1);");
  EXPECT_EQ(Log(), "true true true");
  EXPECT_EQ(runtime_->timers().armed_count(), 0u);
}

TEST_F(RuntimeTest, AnUnrefdImmediateDoesNotKeepTheLoopAlive) {
  RunProgram("setImmediate(() => log.push('ran')).unref();");
  EXPECT_EQ(Log(), "");
  EXPECT_EQ(runtime_->immediates().refed_count(), 0u);
}

TEST_F(RuntimeTest, ProcessExitEndsTheRunAndNothingAfterItRuns) {
  // The timeout is far away on purpose: a 1 ms timer may or may not beat the
  // immediates on a slow machine (timers run first in each iteration).
  EXPECT_EQ(RunProgram("setTimeout(() => log.push('never'), 60000);"
                       "setImmediate(() => { log.push('a'); process.exit(3); log.push('b'); });"
                       "setImmediate(() => log.push('c'));"),
            3);
  EXPECT_EQ(Log(), "a");
  EXPECT_EQ(runtime_->exit_requested(), std::optional<int>(3));
}

TEST_F(RuntimeTest, ProcessExitInTheMainScriptIsNotCatchable) {
  EXPECT_EQ(RunProgram("try { process.exit(4); } finally { log.push('finally'); }"
                       "log.push('after');"),
            4);
  EXPECT_EQ(Log(), "");  // neither `finally` nor what follows ran
}

TEST_F(RuntimeTest, ExitCodeIsValidatedAndUsedAtTheEnd) {
  EXPECT_EQ(RunProgram("try { process.exitCode = 'x'; } catch (e) { log.push(e.code); }"
                       "try { process.exitCode = 1.5; } catch (e) { log.push(e.code); }"
                       "process.exitCode = '7';"),
            7);
  EXPECT_EQ(Log(), "ERR_INVALID_ARG_TYPE ERR_OUT_OF_RANGE");
}

TEST_F(RuntimeTest, AnUncaughtExceptionInACallbackEndsWithCodeOne) {
  EXPECT_EQ(RunProgram("process.exitCode = 5;"
                       "setImmediate(() => { throw new Error('boom'); });"
                       "setImmediate(() => log.push('never'));"),
            1);
  EXPECT_EQ(Log(), "");
}

TEST_F(RuntimeTest, ARejectionHandledInTheSameTickIsNotReported) {
  EXPECT_EQ(RunProgram("const p = Promise.reject(new Error('x'));"
                       "process.nextTick(() => p.catch(() => log.push('caught')));"),
            0);
  EXPECT_EQ(Log(), "caught");
}

TEST_F(RuntimeTest, ARejectionStillUnhandledAfterTheDrainEndsTheProgram) {
  EXPECT_EQ(RunProgram("const p = Promise.reject(42);"
                       "setImmediate(() => p.catch(() => log.push('too late')));"),
            1);
  EXPECT_EQ(Log(), "");
  EXPECT_EQ(runtime_->promise_rejections().pending_count(), 0u);
}

TEST_F(RuntimeTest, AThrowInQueueMicrotaskIsUncaughtAndStopsTheQueue) {
  EXPECT_EQ(RunProgram("queueMicrotask(() => { throw new Error('in microtask'); });"
                       "queueMicrotask(() => log.push('never'));"),
            1);
  EXPECT_EQ(Log(), "");
}

TEST_F(RuntimeTest, EnvironmentVariablesAreStringsBothWays) {
  Run("process.env.READABLE_NODE_TEST = 42;"
      "log.push(typeof process.env.READABLE_NODE_TEST, process.env.READABLE_NODE_TEST,"
      "         'READABLE_NODE_TEST' in process.env,"
      "         Object.keys(process.env).includes('READABLE_NODE_TEST'));"
      "delete process.env.READABLE_NODE_TEST;"
      "log.push(process.env.READABLE_NODE_TEST);");
  EXPECT_EQ(Log(), "string 42 true true ");
  EXPECT_EQ(getenv("READABLE_NODE_TEST"), nullptr);
}

TEST_F(RuntimeTest, BadCallbacksThrowNodesError) {
  Run("for (const f of [setTimeout, setInterval, setImmediate, queueMicrotask, process.nextTick])"
      "  try { f(42); } catch (e) { log.push(e.code); }");
  EXPECT_EQ(Log(),
            "ERR_INVALID_ARG_TYPE ERR_INVALID_ARG_TYPE ERR_INVALID_ARG_TYPE ERR_INVALID_ARG_TYPE "
            "ERR_INVALID_ARG_TYPE");
  EXPECT_EQ(runtime_->timers().armed_count(), 0u);
  EXPECT_EQ(runtime_->immediates().queued_count(), 0u);
}

// ---- How a native finds its Runtime: through the context it runs in ----

// What the probe native below found, for the test to read.
const loop::Runtime* found_runtime = nullptr;

void InstallRuntimeProbe(v8::Local<v8::Context> context) {
  engine::SetMethod(context, context->Global(), "probe",
                    [](const v8::FunctionCallbackInfo<v8::Value>& info) {
                      found_runtime = &loop::Runtime::GetCurrent(info);
                    });
}

TEST_F(RuntimeTest, TheRuntimeKeepsItselfInItsContext) {
  EXPECT_EQ(loop::Runtime::GetCurrent(context()), runtime_.get());
  EXPECT_EQ(&loop::Runtime::GetCurrent(isolate()), runtime_.get());
  runtime_.reset();
  EXPECT_EQ(loop::Runtime::GetCurrent(context()), nullptr);
}

TEST_F(RuntimeTest, EachNativeFindsTheRuntimeOfTheContextItRunsIn) {
  InstallRuntimeProbe(context());
  found_runtime = nullptr;
  Run("probe()");
  EXPECT_EQ(found_runtime, runtime_.get());

  // A second engine with its own Runtime: its natives find that one.
  engine::Engine other;
  v8::Isolate::Scope isolate_scope(other.isolate());
  v8::HandleScope handle_scope(other.isolate());
  v8::Context::Scope context_scope(other.context());
  loop::Runtime other_runtime(other, cmd_, stage_);
  InstallRuntimeProbe(other.context());
  found_runtime = nullptr;
  EXPECT_FALSE(other.RunScript("probe()", "other.js").IsEmpty());
  EXPECT_EQ(found_runtime, &other_runtime);
  EXPECT_NE(found_runtime, runtime_.get());
}

// ---- Delay coercion ----

TEST_F(RuntimeTest, DelaysAreCoercedAsNodeDoes) {
  v8::Local<v8::Context> context = engine_.context();
  v8::Isolate* isolate = engine_.isolate();
  auto coerce = [&](v8::Local<v8::Value> value, double* too_large) {
    return loop::TimerQueue::CoerceDelay(context, value, too_large).FromJust();
  };
  double too_large;
  EXPECT_EQ(coerce(v8::Number::New(isolate, 10), &too_large), 10);
  EXPECT_EQ(coerce(v8::Number::New(isolate, 1.5), &too_large), 1.5);
  EXPECT_EQ(coerce(v8::Number::New(isolate, 0), &too_large), 1);
  EXPECT_EQ(coerce(v8::Number::New(isolate, -5), &too_large), 1);
  EXPECT_EQ(coerce(v8::Undefined(isolate), &too_large), 1);
  EXPECT_EQ(coerce(engine::ToV8String(isolate, "abc"), &too_large), 1);
  EXPECT_EQ(coerce(engine::ToV8String(isolate, "25"), &too_large), 25);
  EXPECT_EQ(too_large, 0);
  EXPECT_EQ(coerce(v8::Number::New(isolate, 2147483648.0), &too_large), 1);
  EXPECT_EQ(too_large, 2147483648.0);
}

}  // namespace
