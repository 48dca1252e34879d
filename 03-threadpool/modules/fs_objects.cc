#include "modules/fs_objects.h"

#include <sys/stat.h>

#include <cmath>

#include "engine.h"

namespace pool {
namespace {

const char* const kStatsFields[] = {"dev",     "mode",    "nlink",   "uid",        "gid",
                                    "rdev",    "blksize", "ino",     "size",       "blocks",
                                    "atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs"};
constexpr int kStatsFieldCount = 14;
const char* const kTimeNames[] = {"atime", "mtime", "ctime", "birthtime"};

// The type predicates of Stats and Dirent, with the value each looks for.
struct TypeTest {
  const char* name;
  int stat_type;    ///< S_IF* for Stats (compared with mode & S_IFMT)
  int dirent_type;  ///< UV_DIRENT_* for Dirent
};
const TypeTest kTypeTests[] = {
    {"isDirectory", S_IFDIR, UV_DIRENT_DIR},     {"isFile", S_IFREG, UV_DIRENT_FILE},
    {"isBlockDevice", S_IFBLK, UV_DIRENT_BLOCK}, {"isCharacterDevice", S_IFCHR, UV_DIRENT_CHAR},
    {"isSymbolicLink", S_IFLNK, UV_DIRENT_LINK}, {"isFIFO", S_IFIFO, UV_DIRENT_FIFO},
    {"isSocket", S_IFSOCK, UV_DIRENT_SOCKET},
};

// An own data property (no setter up the prototype chain runs); false if
// `object` refused it (a Proxy given as `this` to the constructors).
bool Define(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key,
            v8::Local<v8::Value> value) {
  return object->CreateDataProperty(context, engine::ToV8String(context->GetIsolate(), key), value)
      .IsJust();
}

// Node's dateFromMs: new Date(Math.round(Number(ms))). Empty if Number(ms)
// threw (a script's valueOf given to new fs.Stats()).
v8::MaybeLocal<v8::Value> DateFromMs(v8::Local<v8::Context> context, v8::Local<v8::Value> ms) {
  double number;
  if (ms->IsBigInt()) {
    number = static_cast<double>(ms.As<v8::BigInt>()->Int64Value());
  } else if (!ms->NumberValue(context).To(&number)) {
    return {};
  }
  return v8::Date::New(context, std::round(number));
}

double Milliseconds(const uv_timespec_t& time) { return time.tv_sec * 1e3 + time.tv_nsec / 1e6; }

// new fs.Stats(dev, mode, ..., birthtimeMs): the fields, then the Dates.
void StatsConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Object> self = info.This();
  for (int i = 0; i < kStatsFieldCount; i++) {
    if (!Define(context, self, kStatsFields[i], info[i])) return;
  }
  for (int i = 0; i < 4; i++) {
    v8::Local<v8::Value> date;
    if (!DateFromMs(context, info[10 + i]).ToLocal(&date) ||
        !Define(context, self, kTimeNames[i], date)) {
      return;
    }
  }
}

void EmptyConstructor(const v8::FunctionCallbackInfo<v8::Value>&) {}

// Stats.prototype.isFile() and friends; `data` is the S_IF* value.
void StatsIsType(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> mode;
  if (!info.This()->Get(context, engine::ToV8String(isolate, "mode")).ToLocal(&mode)) return;
  int64_t bits = mode->IsBigInt() ? mode.As<v8::BigInt>()->Int64Value()
                                  : static_cast<int64_t>(mode->NumberValue(context).FromMaybe(0));
  info.GetReturnValue().Set((bits & S_IFMT) == info.Data().As<v8::Int32>()->Value());
}

// Dirent.prototype.isFile() and friends; `data` is [the type symbol, UV_DIRENT_*].
void DirentIsType(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Array> data = info.Data().As<v8::Array>();
  v8::Local<v8::Value> symbol = data->Get(context, 0).ToLocalChecked();
  v8::Local<v8::Value> wanted = data->Get(context, 1).ToLocalChecked();
  v8::Local<v8::Value> type;
  if (!info.This()->Get(context, symbol).ToLocal(&type)) return;
  info.GetReturnValue().Set(type->StrictEquals(wanted));
}

// new fs.Dirent(name, type, path)
void DirentConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Object> self = info.This();
  if (Define(context, self, "name", info[0]) && Define(context, self, "parentPath", info[2]) &&
      Define(context, self, "path", info[2])) {
    self->CreateDataProperty(context, info.Data().As<v8::Name>(), info[1]).IsJust();  // the symbol
  }
}

v8::Local<v8::FunctionTemplate> NewClass(v8::Isolate* isolate, const char* name,
                                         v8::FunctionCallback constructor,
                                         v8::Local<v8::Value> data) {
  v8::Local<v8::FunctionTemplate> type = v8::FunctionTemplate::New(isolate, constructor, data);
  type->SetClassName(engine::ToV8String(isolate, name));
  return type;
}

}  // namespace

void FsObjects::Install(v8::Local<v8::Context> context, v8::Local<v8::Object> fs) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Symbol> type_symbol = v8::Symbol::New(isolate, engine::ToV8String(isolate, "type"));
  dirent_type_.Reset(isolate, type_symbol);

  v8::Local<v8::FunctionTemplate> stats =
      NewClass(isolate, "Stats", StatsConstructor, v8::Local<v8::Value>());
  v8::Local<v8::FunctionTemplate> bigint_stats =
      NewClass(isolate, "BigIntStats", EmptyConstructor, v8::Local<v8::Value>());
  v8::Local<v8::FunctionTemplate> dirent =
      NewClass(isolate, "Dirent", DirentConstructor, type_symbol);
  for (const TypeTest& test : kTypeTests) {
    v8::Local<v8::String> name = engine::ToV8String(isolate, test.name);
    v8::Local<v8::Value> stat_type = v8::Int32::New(isolate, test.stat_type);
    stats->PrototypeTemplate()->Set(name,
                                    v8::FunctionTemplate::New(isolate, StatsIsType, stat_type));
    bigint_stats->PrototypeTemplate()->Set(
        name, v8::FunctionTemplate::New(isolate, StatsIsType, stat_type));
    v8::Local<v8::Value> dirent_data[] = {type_symbol, v8::Int32::New(isolate, test.dirent_type)};
    dirent->PrototypeTemplate()->Set(
        name,
        v8::FunctionTemplate::New(isolate, DirentIsType, v8::Array::New(isolate, dirent_data, 2)));
  }
  stats_class_.Reset(isolate, stats->GetFunction(context).ToLocalChecked());
  bigint_stats_class_.Reset(isolate, bigint_stats->GetFunction(context).ToLocalChecked());
  dirent_class_.Reset(isolate, dirent->GetFunction(context).ToLocalChecked());
  Define(context, fs, "Stats", stats_class_.Get(isolate));
  Define(context, fs, "Dirent", dirent_class_.Get(isolate));
}

v8::Local<v8::Object> FsObjects::NewStats(v8::Local<v8::Context> context, const uv_stat_t& stat,
                                          bool bigint) {
  v8::Isolate* isolate = context->GetIsolate();
  const uint64_t integers[] = {stat.st_dev,  stat.st_mode,  stat.st_nlink,   stat.st_uid,
                               stat.st_gid,  stat.st_rdev,  stat.st_blksize, stat.st_ino,
                               stat.st_size, stat.st_blocks};
  const uv_timespec_t times[] = {stat.st_atim, stat.st_mtim, stat.st_ctim, stat.st_birthtim};

  if (!bigint) {
    v8::Local<v8::Value> fields[kStatsFieldCount];
    for (int i = 0; i < 10; i++)
      fields[i] = v8::Number::New(isolate, static_cast<double>(integers[i]));
    for (int i = 0; i < 4; i++) fields[10 + i] = v8::Number::New(isolate, Milliseconds(times[i]));
    return stats_class_.Get(isolate)
        ->NewInstance(context, kStatsFieldCount, fields)
        .ToLocalChecked();
  }

  v8::Local<v8::Object> self =
      bigint_stats_class_.Get(isolate)->NewInstance(context).ToLocalChecked();
  for (int i = 0; i < 10; i++) {
    Define(context, self, kStatsFields[i], v8::BigInt::NewFromUnsigned(isolate, integers[i]));
  }
  v8::Local<v8::Value> milliseconds[4];
  for (int i = 0; i < 4; i++) {
    milliseconds[i] = v8::BigInt::New(isolate, times[i].tv_sec * 1000 + times[i].tv_nsec / 1000000);
    Define(context, self, kStatsFields[10 + i], milliseconds[i]);
  }
  const char* const nanosecond_names[] = {"atimeNs", "mtimeNs", "ctimeNs", "birthtimeNs"};
  for (int i = 0; i < 4; i++) {
    Define(context, self, nanosecond_names[i],
           v8::BigInt::New(isolate, times[i].tv_sec * 1000000000 + times[i].tv_nsec));
  }
  for (int i = 0; i < 4; i++) {
    v8::Local<v8::Value> date;
    if (DateFromMs(context, milliseconds[i]).ToLocal(&date))
      Define(context, self, kTimeNames[i], date);
  }
  return self;
}

v8::Local<v8::Object> FsObjects::NewDirent(v8::Local<v8::Context> context,
                                           v8::Local<v8::Value> name, int type,
                                           const std::string& parent) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> arguments[] = {name, v8::Int32::New(isolate, type),
                                      engine::ToV8String(isolate, parent)};
  return dirent_class_.Get(isolate)->NewInstance(context, 3, arguments).ToLocalChecked();
}

}  // namespace pool
