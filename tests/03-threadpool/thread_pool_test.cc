// GoogleTest for stage 03's mechanism: a Job runs on a worker thread, its
// outcome comes back on the loop thread, the loop keeps turning meanwhile,
// jobs overlap, and a program that ends with jobs in flight frees them all.
//
// Each test has its own Engine, Runtime, ThreadPool and modules
// (tests/common/pool_test.h). The jobs below are
// written for the tests: they record which thread ran them, and some wait
// for a signal, so that every assertion is about order and counts, never
// about time. (libuv's pool has UV_THREADPOOL_SIZE threads, 4 by default,
// for the whole process; the tests that need four at once say so.)
#include "thread_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "command_line.h"
#include "completion.h"
#include "engine.h"
#include "platform.h"
#include "pool_test.h"
#include "runtime.h"

namespace {

// A gate a job can wait at until the test (or the loop) opens it.
class Gate {
 public:
  void Open() {
    std::lock_guard<std::mutex> lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }
  void Wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return open_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  bool open_ = false;
};

// What the jobs of one test share.
struct Record {
  std::thread::id loop_thread = std::this_thread::get_id();
  std::atomic<int> ran{0};                // Run() calls
  std::atomic<int> ran_on_loop{0};        // ... made on the loop thread
  std::atomic<int> finished_off_loop{0};  // Finish() calls not on the loop thread
  std::atomic<int> destroyed{0};
  std::atomic<int> running{0};      // Run() calls in progress now
  std::atomic<int> max_running{0};  // the most seen at once
  std::mutex mutex;
  std::condition_variable changed;
};

// A job that records where it ran; optionally waits at a gate, or until
// `wait_for_running` jobs are running at once.
class RecordingJob : public pool::Job {
 public:
  RecordingJob(Record& record, std::string result, Gate* gate = nullptr, int wait_for_running = 0)
      : record_(record),
        result_(std::move(result)),
        gate_(gate),
        wait_for_running_(wait_for_running) {}
  ~RecordingJob() override { record_.destroyed++; }

  void Run() override {
    record_.ran++;
    if (std::this_thread::get_id() == record_.loop_thread) record_.ran_on_loop++;
    worker_ = pool::ThreadPool::CurrentWorker();
    {
      std::unique_lock<std::mutex> lock(record_.mutex);
      int now = ++record_.running;
      if (now > record_.max_running) record_.max_running = now;
      record_.changed.notify_all();
      if (wait_for_running_ > 0) {
        // "Have so many been running at once", not "are": the first to
        // leave lowers `running` before the others wake up to look.
        record_.changed.wait(lock, [this] { return record_.max_running >= wait_for_running_; });
      }
    }
    if (gate_ != nullptr) gate_->Wait();
    record_.running--;
  }

  pool::Outcome Finish(v8::Local<v8::Context> context) override {
    if (std::this_thread::get_id() != record_.loop_thread) record_.finished_off_loop++;
    v8::Isolate* isolate = context->GetIsolate();
    if (result_ == "fail") {
      return pool::Outcome::Failure(v8::Exception::Error(engine::ToV8String(isolate, "failed")));
    }
    std::string text = result_ + "@" + (worker_ > 0 ? "worker" : "loop");
    return pool::Outcome::Success(engine::ToV8String(isolate, text));
  }

  std::string Describe() const override { return "recording job " + result_; }

 private:
  Record& record_;
  std::string result_;
  Gate* gate_;
  int wait_for_running_;
  int worker_ = 0;
};

// A job with nothing to wait for (as dns.lookup of an IP address).
class ReadyJob : public RecordingJob {
 public:
  using RecordingJob::RecordingJob;
  bool NeedsPool() const override { return false; }
};

class ThreadPoolTest : public test_support::PoolTest {
 protected:
  // The jobs point at record_: the pool frees them before record_ goes (a
  // second Shutdown, in PoolTest, does nothing).
  ~ThreadPoolTest() override { pool_->Shutdown(0); }

  // A callback that logs "error:<message>" or "<value>".
  pool::Completion LoggingCallback() {
    v8::Local<v8::Value> function =
        Run("(function (err, value) { log.push(err ? 'error:' + err.message : value); })");
    return pool::Completion::ToCallback(engine_.isolate(), function.As<v8::Function>());
  }

  // A native the scripts can call to open `gate`.
  void InstallOpener(const char* name, Gate& gate) {
    v8::Local<v8::Context> context = engine_.context();
    v8::Local<v8::Function> open =
        v8::Function::New(
            context,
            [](const v8::FunctionCallbackInfo<v8::Value>& info) {
              static_cast<Gate*>(info.Data().As<v8::External>()->Value())->Open();
            },
            v8::External::New(engine_.isolate(), &gate))
            .ToLocalChecked();
    context->Global()->Set(context, engine::ToV8String(engine_.isolate(), name), open).Check();
  }

  Record record_;
};

TEST_F(ThreadPoolTest, RunsTheJobOnAWorkerAndFinishesItOnTheLoopThread) {
  pool_->Submit(std::make_unique<RecordingJob>(record_, "done"), LoggingCallback());
  EXPECT_EQ(pool_->in_flight(), 1u);
  EXPECT_EQ(runtime_->RunLoop(), 0);  // the job alone keeps the loop alive
  EXPECT_EQ(Log(), "done@worker");
  EXPECT_EQ(record_.ran, 1);
  EXPECT_EQ(record_.ran_on_loop, 0);
  EXPECT_EQ(record_.finished_off_loop, 0);
  EXPECT_EQ(record_.destroyed, 1);
  EXPECT_EQ(pool_->in_flight(), 0u);
}

TEST_F(ThreadPoolTest, AFailureReachesTheCallbackAsItsFirstArgument) {
  pool_->Submit(std::make_unique<RecordingJob>(record_, "fail"), LoggingCallback());
  runtime_->RunLoop();
  EXPECT_EQ(Log(), "error:failed");
}

TEST_F(ThreadPoolTest, APromiseIsSettledAndItsHandlersRunInTheDrain) {
  pool::Completion completion = pool::Completion::ToPromise(engine_.context());
  v8::Local<v8::Context> context = engine_.context();
  context->Global()
      ->Set(context, engine::ToV8String(engine_.isolate(), "p"),
            completion.promise(engine_.isolate()))
      .Check();
  Run("p.then((value) => { log.push(value); process.nextTick(() => log.push('tick')); });");
  pool_->Submit(std::make_unique<RecordingJob>(record_, "resolved"), std::move(completion));
  runtime_->RunLoop();
  EXPECT_EQ(Log(), "resolved@worker tick");
}

TEST_F(ThreadPoolTest, TheSynchronousFormRunsTheSameJobOnTheLoopThread) {
  RecordingJob job(record_, "sync");
  v8::Local<v8::Value> result;
  ASSERT_TRUE(pool_->RunHere(job).ToLocal(&result));
  EXPECT_EQ(engine::ToUtf8(engine_.isolate(), result), "sync@loop");
  EXPECT_EQ(record_.ran_on_loop, 1);
}

TEST_F(ThreadPoolTest, AJobThatNeedsNoThreadIsDeliveredOnTheNextTick) {
  Run("setImmediate(() => log.push('immediate'));");
  pool_->Submit(std::make_unique<ReadyJob>(record_, "ready"), LoggingCallback());
  Run("log.push('main');");
  runtime_->RunLoop();
  EXPECT_EQ(Log(), "main ready@loop immediate");
  EXPECT_EQ(record_.ran_on_loop, 1);
}

TEST_F(ThreadPoolTest, TheLoopKeepsTurningWhileAJobBlocks) {
  // The job can only finish once the loop has run five timer callbacks: if
  // the loop waited for the job, this test would never end.
  Gate gate;
  InstallOpener("openGate", gate);
  pool_->Submit(std::make_unique<RecordingJob>(record_, "job", &gate), LoggingCallback());
  Run("let ticks = 0;"
      "const timer = setInterval(() => {"
      "  log.push('tick' + ++ticks);"
      "  if (ticks === 5) { clearInterval(timer); openGate(); }"
      "}, 1);");
  EXPECT_EQ(runtime_->RunLoop(), 0);
  EXPECT_EQ(Log(), "tick1 tick2 tick3 tick4 tick5 job@worker");
}

TEST_F(ThreadPoolTest, JobsRunAtTheSameTimeOnDifferentWorkers) {
  const char* size = std::getenv("UV_THREADPOOL_SIZE");
  if (size != nullptr && std::atoi(size) < 4) GTEST_SKIP() << "needs a pool of 4 threads";
  // Each job waits until all four are running: possible only if four
  // workers run them at once.
  for (int i = 0; i < 4; i++) {
    pool_->Submit(std::make_unique<RecordingJob>(record_, "j" + std::to_string(i), nullptr, 4),
                  LoggingCallback());
  }
  runtime_->RunLoop();
  EXPECT_EQ(record_.max_running, 4);
  EXPECT_EQ(record_.ran, 4);
}

TEST_F(ThreadPoolTest, ShutdownCancelsQueuedJobsAndWaitsForRunningOnes) {
  const char* size = std::getenv("UV_THREADPOOL_SIZE");
  int workers = size != nullptr && std::atoi(size) > 0 ? std::atoi(size) : 4;
  // Every worker is held at the gate; as many jobs again wait in the queue.
  Gate gate;
  for (int i = 0; i < 2 * workers; i++) {
    pool_->Submit(std::make_unique<RecordingJob>(record_, "held", &gate), LoggingCallback());
  }
  {
    std::unique_lock<std::mutex> lock(record_.mutex);
    record_.changed.wait(lock, [&] { return record_.running == workers; });
  }
  // The gate opens only once the queued jobs were cancelled (destroyed
  // without running), which Shutdown does before it waits.
  std::thread opener([&] {
    while (record_.destroyed < workers) std::this_thread::yield();
    gate.Open();
  });
  pool_->Shutdown(0);
  opener.join();
  EXPECT_EQ(pool_->in_flight(), 0u);
  EXPECT_EQ(record_.ran, workers);
  EXPECT_EQ(record_.destroyed, 2 * workers);
  EXPECT_EQ(Log(), "");  // the program had ended: no callback ran
}

TEST_F(ThreadPoolTest, NothingIsDeliveredAfterProcessExit) {
  Gate gate;
  InstallOpener("openGate", gate);
  pool_->Submit(std::make_unique<RecordingJob>(record_, "late", &gate), LoggingCallback());
  {
    // Wait until a worker has taken the job: one still queued at exit is
    // cancelled, not run, and this test is about a job that is running.
    std::unique_lock<std::mutex> lock(record_.mutex);
    record_.changed.wait(lock, [this] { return record_.running == 1; });
  }
  Run("setTimeout(() => { openGate(); process.exit(3); }, 1);");
  EXPECT_EQ(runtime_->RunLoop(), 3);
  pool_->Shutdown(3);  // waits for the job, delivers nothing
  EXPECT_EQ(record_.ran, 1);
  EXPECT_EQ(record_.destroyed, 1);
  EXPECT_EQ(Log(), "");
}

}  // namespace
