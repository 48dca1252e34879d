#include "support/external_string.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace pool {
namespace {

/// Owns malloc'd characters for as long as V8 keeps the string, and tells
/// V8 how much memory that is. V8 calls Dispose() (whose default deletes
/// the resource) when it collects the string, or when the isolate goes.
class MallocedOneByte final : public v8::String::ExternalOneByteStringResource {
 public:
  MallocedOneByte(v8::Isolate* isolate, char* chars, size_t size)
      : isolate_(isolate), chars_(chars), size_(size) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(size_));
  }
  ~MallocedOneByte() override {
    std::free(chars_);
    // (A decrease only updates V8's counter: safe from inside a collection.)
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(size_));
  }
  MallocedOneByte(const MallocedOneByte&) = delete;
  MallocedOneByte& operator=(const MallocedOneByte&) = delete;

  const char* data() const override { return chars_; }
  size_t length() const override { return size_; }

 private:
  v8::Isolate* const isolate_;
  char* const chars_;
  const size_t size_;
};

// ---- Keeping dead strings from piling up ----
//
// Reporting the memory is not quite enough with this V8 (10.2). Past its
// limit V8 *starts* an incremental collection, but finishes one only from
// a task, which the event loop runs between callbacks (stage 02's
// platform_tasks.h), or from a marking step taken as JavaScript allocates
// on V8's heap. A script that turns a buffer into megabyte strings in a
// loop does neither: each string is 40 bytes of V8's heap, the loop never
// yields, and dead strings were measured piling up to V8's hard limit
// (1.4 GB of RSS after 2,000 strings of 1.4 MB, where Node stays at 140 MB).
//
// So this file keeps a budget of its own, in the spirit of V8's: when the
// external memory has grown by kCollectEvery since its lowest point, it
// asks V8 for a full collection now, with the critical memory-pressure
// notification (synchronous on the isolate's thread). The count is V8's own
// total (AdjustAmountOfExternalAllocatedMemory(0) reads it), so memory that
// other collections freed is seen too.

/// V8's own first external-memory limit is 64 MiB.
constexpr int64_t kCollectEvery = int64_t{64} << 20;

/// The lowest external total seen since the last collection asked for, per
/// isolate; this runtime runs one isolate per thread, so one per thread.
struct LowWater {
  v8::Isolate* isolate = nullptr;
  int64_t total = 0;
};
thread_local LowWater low_water;

void CollectIfOverBudget(v8::Isolate* isolate) {
  int64_t total = isolate->AdjustAmountOfExternalAllocatedMemory(0);
  if (low_water.isolate != isolate) low_water = {isolate, total};
  low_water.total = std::min(low_water.total, total);
  if (total - low_water.total < kCollectEvery) return;
  isolate->MemoryPressureNotification(v8::MemoryPressureLevel::kCritical);
  low_water.total = isolate->AdjustAmountOfExternalAllocatedMemory(0);
}

}  // namespace

v8::MaybeLocal<v8::String> NewExternalOneByte(v8::Isolate* isolate, char* chars, size_t size) {
  // V8 refuses a string that is too long without taking the resource, and
  // wants characters to point at (malloc(0) may give none).
  if (size == 0 || size > static_cast<size_t>(v8::String::kMaxLength)) {
    std::free(chars);
    if (size == 0) return v8::String::Empty(isolate);
    return {};
  }
  CollectIfOverBudget(isolate);
  return v8::String::NewExternalOneByte(isolate, new MallocedOneByte(isolate, chars, size));
}

}  // namespace pool
