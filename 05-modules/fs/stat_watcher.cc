/// \file
/// The `fs` binding's StatWatcher: a path whose stats libuv compares every
/// `interval` ms, for fs.watchFile(). (Node: src/node_stat_watcher.cc.)
///
///     const { StatWatcher } = internalBinding('stat_watcher');
///     const watcher = new StatWatcher(bigint);
///     watcher.onchange = (status, stats) => ...;   stats: the fs binding's
///                          statValues (or bigintStatValues): the current
///                          stats in the first 18 numbers, the previous ones
///                          in the next 18; status < 0 while the path is gone
///     watcher.start(path, interval)                -> 0 or a uv error
///     watcher.close()   watcher.ref()   watcher.unref()
///
/// A uv_fs_poll_t is a handle that is neither a timer nor a socket: inside
/// libuv it is a timer that, each time it fires, queues a uv_fs_stat on the
/// thread pool and compares the answer with the last one; the loop only
/// hears of it when something changed. It polls because a kernel watch
/// (fs_event_wrap.cc) cannot follow a path that does not exist yet, or a
/// file on a network file system.
///
/// Node registers this class in its `fs` binding; it is a binding of its own
/// here, so that the `fs` binding of stage 04 stays as it was taught.
#include <uv.h>
#include <v8.h>

#include <string>

#include "binding_registry.h"
#include "fs/fs_binding.h"
#include "handle_wrap.h"
#include "node_errors.h"
#include "realm.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::HandleWrap;
using bindings::Realm;
using bindings::fs::FsBindingData;
using bindings::fs::kFsStatsFieldsNumber;

class StatWatcher : public HandleWrap {
 public:
  StatWatcher(Realm& realm, v8::Local<v8::Object> object, bool bigint)
      : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&poll_)), bigint_(bigint) {
    uv_fs_poll_init(realm.uv_loop(), &poll_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "StatWatcher"));
      return;
    }
    new StatWatcher(Realm::GetCurrent(info), info.This(), info[0]->IsTrue());
  }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    StatWatcher* wrap = Unwrap<StatWatcher>(info.This());
    if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
    std::string path;
    int64_t interval;
    if (!bindings::fs::ValidateFsPath(isolate, info[0], "filename", &path) ||
        !pool::ValidateInteger(isolate, info[1], "interval", 0, UINT32_MAX, &interval)) {
      return;
    }
    info.GetReturnValue().Set(
        uv_fs_poll_start(&wrap->poll_, OnChange, path.c_str(), static_cast<unsigned>(interval)));
  }

 private:
  // libuv: the stats differ from last time (or the stat failed: status < 0,
  // and the stats are zeroes).
  static void OnChange(uv_fs_poll_t* poll, int status, const uv_stat_t* previous,
                       const uv_stat_t* current) {
    StatWatcher* wrap = static_cast<StatWatcher*>(static_cast<HandleWrap*>(poll->data));
    Realm* realm = wrap->realm();
    if (realm == nullptr) return;
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope handle_scope(isolate);
    FsBindingData& data = realm->binding_data<FsBindingData>();
    v8::Local<v8::Value> stats;
    if (wrap->bigint_) {
      bindings::fs::FillStatFields(*current, data.bigint_stat_fields);
      bindings::fs::FillStatFields(*previous, data.bigint_stat_fields + kFsStatsFieldsNumber);
      stats = data.bigint_stat_values.Get(isolate);
    } else {
      bindings::fs::FillStatFields(*current, data.stat_fields);
      bindings::fs::FillStatFields(*previous, data.stat_fields + kFsStatsFieldsNumber);
      stats = data.stat_values.Get(isolate);
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), stats};
    realm->MakeCallback(wrap->object(), realm->Name("onchange"), 2, argv);
  }

  uv_fs_poll_t poll_;
  const bool bigint_;
};

void InitializeStatWatcher(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("StatWatcher", StatWatcher::New);
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "start", StatWatcher::Start, 2);
  exports
      ->CreateDataProperty(context, realm.Name("StatWatcher"),
                           klass->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(stat_watcher, modules::InitializeStatWatcher);
}  // namespace bindings
