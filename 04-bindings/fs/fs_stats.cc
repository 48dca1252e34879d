/// \file
/// Stats as Node's binding hands them over: not an object per call but 18
/// numbers written into a typed array that JavaScript reads by index
/// (lib/internal/fs/utils.js, getStatsFromBinding). The order is the
/// StatField enum of fs_binding.h; the same names on both sides are the
/// contract, as with stream_wrap's streamBaseState.
///
///     statValues         Float64Array   what fs.statSync() turns into Stats
///     bigintStatValues   BigInt64Array  the same with { bigint: true }
///
/// Times travel as two numbers, seconds and nanoseconds, so that the BigInt
/// form loses nothing; Stats makes atimeMs and the Dates of them. A number
/// beyond 2^53 (an inode on some file systems) is rounded in the Float64
/// form and exact in the BigInt one, as in Node.
#include "fs/fs_binding.h"

namespace bindings {
namespace fs {
namespace {

template <typename T>
void Fill(const uv_stat_t& s, T* fields) {
  fields[kDev] = static_cast<T>(s.st_dev);
  fields[kMode] = static_cast<T>(s.st_mode);
  fields[kNlink] = static_cast<T>(s.st_nlink);
  fields[kUid] = static_cast<T>(s.st_uid);
  fields[kGid] = static_cast<T>(s.st_gid);
  fields[kRdev] = static_cast<T>(s.st_rdev);
  fields[kBlkSize] = static_cast<T>(s.st_blksize);
  fields[kIno] = static_cast<T>(s.st_ino);
  fields[kSize] = static_cast<T>(s.st_size);
  fields[kBlocks] = static_cast<T>(s.st_blocks);
  fields[kATimeSec] = static_cast<T>(s.st_atim.tv_sec);
  fields[kATimeNsec] = static_cast<T>(s.st_atim.tv_nsec);
  fields[kMTimeSec] = static_cast<T>(s.st_mtim.tv_sec);
  fields[kMTimeNsec] = static_cast<T>(s.st_mtim.tv_nsec);
  fields[kCTimeSec] = static_cast<T>(s.st_ctim.tv_sec);
  fields[kCTimeNsec] = static_cast<T>(s.st_ctim.tv_nsec);
  fields[kBirthTimeSec] = static_cast<T>(s.st_birthtim.tv_sec);
  fields[kBirthTimeNsec] = static_cast<T>(s.st_birthtim.tv_nsec);
}

}  // namespace

void FillStatFields(const uv_stat_t& stat, double* fields) { Fill(stat, fields); }
void FillStatFields(const uv_stat_t& stat, int64_t* fields) { Fill(stat, fields); }

v8::Local<v8::Value> StatsValue(Realm& realm, const uv_stat_t& stat, bool bigint, bool fresh) {
  v8::Isolate* isolate = realm.isolate();
  FsBindingData& data = realm.binding_data<FsBindingData>();
  if (!fresh) {
    if (bigint) {
      FillStatFields(stat, data.bigint_stat_fields);
      return data.bigint_stat_values.Get(isolate);
    }
    FillStatFields(stat, data.stat_fields);
    return data.stat_values.Get(isolate);
  }
  const size_t bytes = kFsStatsFieldsNumber * 8;
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, bytes);
  void* memory = buffer->GetBackingStore()->Data();
  if (bigint) {
    FillStatFields(stat, static_cast<int64_t*>(memory));
    return v8::BigInt64Array::New(buffer, 0, kFsStatsFieldsNumber);
  }
  FillStatFields(stat, static_cast<double*>(memory));
  return v8::Float64Array::New(buffer, 0, kFsStatsFieldsNumber);
}

}  // namespace fs
}  // namespace bindings
