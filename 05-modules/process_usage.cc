#include "process_usage.h"

#include <uv.h>

#include "node_errors.h"
#include "realm.h"
#include "support/uv_errors.h"

namespace modules {
namespace {

/// When the process started, as uv_hrtime() reads it: taken while the
/// program's static objects are made, before main() (Node keeps the same
/// moment as per_process::node_start_time).
const uint64_t kStartTime = uv_hrtime();

/// The Float64Array argument a native fills, checked to hold `length`
/// numbers; nullptr (with an exception thrown) if not.
double* Fields(const v8::FunctionCallbackInfo<v8::Value>& info, size_t length) {
  if (!info[0]->IsFloat64Array() || info[0].As<v8::Float64Array>()->Length() < length) {
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "fields",
                                                            "be a Float64Array", info[0]));
    return nullptr;
  }
  v8::Local<v8::Float64Array> array = info[0].As<v8::Float64Array>();
  auto* base = static_cast<char*>(array->Buffer()->Data());
  return reinterpret_cast<double*>(base + array->ByteOffset());
}

bool ThrowIfFailed(v8::Isolate* isolate, int err, const char* syscall) {
  if (err == 0) return false;
  isolate->ThrowException(errors::UvException(isolate, err, syscall));
  return true;
}

double Microseconds(const uv_timeval_t& time) {
  return 1e6 * static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec);
}

void Rss(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t rss = 0;
  if (ThrowIfFailed(info.GetIsolate(), uv_resident_set_memory(&rss), "uv_resident_set_memory")) {
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(rss));
}

void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  double* fields = Fields(info, 5);
  if (fields == nullptr) return;
  size_t rss = 0;
  if (ThrowIfFailed(isolate, uv_resident_set_memory(&rss), "uv_resident_set_memory")) return;
  v8::HeapStatistics heap;
  isolate->GetHeapStatistics(&heap);
  fields[0] = static_cast<double>(rss);
  fields[1] = static_cast<double>(heap.total_heap_size());
  fields[2] = static_cast<double>(heap.used_heap_size());
  fields[3] = static_cast<double>(heap.external_memory());
  // Node counts its ArrayBuffer allocator's bytes; this runtime uses V8's
  // default allocator, which keeps no count. V8 itself accounts the backing
  // stores of ArrayBuffers as external memory, the closest honest figure.
  fields[4] = static_cast<double>(heap.external_memory());
}

void CpuUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double* fields = Fields(info, 2);
  if (fields == nullptr) return;
  uv_rusage_t usage;
  if (ThrowIfFailed(info.GetIsolate(), uv_getrusage(&usage), "uv_getrusage")) return;
  fields[0] = Microseconds(usage.ru_utime);
  fields[1] = Microseconds(usage.ru_stime);
}

void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double* fields = Fields(info, 16);
  if (fields == nullptr) return;
  uv_rusage_t usage;
  if (ThrowIfFailed(info.GetIsolate(), uv_getrusage(&usage), "uv_getrusage")) return;
  const uint64_t counters[] = {
      usage.ru_maxrss, usage.ru_ixrss,    usage.ru_idrss,   usage.ru_isrss,   usage.ru_minflt,
      usage.ru_majflt, usage.ru_nswap,    usage.ru_inblock, usage.ru_oublock, usage.ru_msgsnd,
      usage.ru_msgrcv, usage.ru_nsignals, usage.ru_nvcsw,   usage.ru_nivcsw};
  fields[0] = Microseconds(usage.ru_utime);
  fields[1] = Microseconds(usage.ru_stime);
  for (size_t i = 0; i < 14; i++) fields[2 + i] = static_cast<double>(counters[i]);
}

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - kStartTime) / 1e9);
}

}  // namespace

void AddProcessUsageMethods(bindings::Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "memoryUsage", MemoryUsage, 1);
  realm.SetMethod(exports, "rss", Rss, 0);
  realm.SetMethod(exports, "cpuUsage", CpuUsage, 1);
  realm.SetMethod(exports, "resourceUsage", ResourceUsage, 1);
  realm.SetMethod(exports, "uptime", Uptime, 0);
}

}  // namespace modules
