#include "lower_stage_bindings.h"

#include "binding_registry.h"

namespace bindings {
namespace {

// The globals stage 02 defines that are natives of a binding here.
const char* const kTimers[] = {"setTimeout",   "setInterval",   "setImmediate",
                               "clearTimeout", "clearInterval", "clearImmediate"};

void Copy(Realm& realm, v8::Local<v8::Object> from, const char* name, v8::Local<v8::Object> to,
          const char* as = nullptr) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::Value> value;
  if (from->Get(context, realm.Name(name)).ToLocal(&value) && !value->IsUndefined()) {
    to->CreateDataProperty(context, realm.Name(as != nullptr ? as : name), value).Check();
  }
}

// Every own property of `from`, copied onto `to` (the same values, so the
// same functions).
void CopyAll(Realm& realm, v8::Local<v8::Object> from, v8::Local<v8::Object> to,
             bool functions_only) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::Array> keys;
  if (!from->GetOwnPropertyNames(context).ToLocal(&keys)) return;
  for (uint32_t i = 0; i < keys->Length(); i++) {
    v8::Local<v8::Value> key, value;
    if (!keys->Get(context, i).ToLocal(&key) || !from->Get(context, key).ToLocal(&value)) continue;
    if (functions_only && !value->IsFunction()) continue;
    v8::Local<v8::String> name;
    if (key->ToString(context).ToLocal(&name)) to->CreateDataProperty(context, name, value).Check();
  }
}

v8::Local<v8::Object> Globals(Realm& realm) {
  return realm.binding_data<LowerStageNatives>().globals.Get(realm.isolate());
}

void InitializeTimers(Realm& realm, v8::Local<v8::Object> exports) {
  for (const char* name : kTimers) Copy(realm, Globals(realm), name, exports);
}

v8::Local<v8::Object> ProcessMethods(Realm& realm) {
  return Globals(realm)
      ->Get(realm.context(), realm.Name("process"))
      .ToLocalChecked()
      .As<v8::Object>();
}

void InitializeTaskQueue(Realm& realm, v8::Local<v8::Object> exports) {
  Copy(realm, ProcessMethods(realm), "nextTick", exports);
  Copy(realm, Globals(realm), "queueMicrotask", exports);
}

void InitializeProcessMethods(Realm& realm, v8::Local<v8::Object> exports) {
  CopyAll(realm, ProcessMethods(realm), exports, /*functions_only=*/false);
}

// A built-in module of stage 03, as require() builds it.
template <const char* kName>
void InitializeModule(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::Object> module;
  if (realm.modules().Require(realm.context(), kName).ToLocal(&module)) {
    CopyAll(realm, module, exports, /*functions_only=*/false);
  }
}

constexpr char kFs[] = "fs";
constexpr char kDns[] = "dns";
constexpr char kCrypto[] = "crypto";
constexpr char kZlib[] = "zlib";

}  // namespace

LowerStageNatives::LowerStageNatives(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Object> global = realm.context()->Global();
  v8::Local<v8::Object> snapshot = v8::Object::New(isolate);
  for (const char* name : kTimers) Copy(realm, global, name, snapshot);
  Copy(realm, global, "queueMicrotask", snapshot);
  // The functions of `process`, not the object, which scripts change.
  v8::Local<v8::Object> process_methods = v8::Object::New(isolate);
  v8::Local<v8::Value> process;
  if (global->Get(realm.context(), realm.Name("process")).ToLocal(&process) &&
      process->IsObject()) {
    CopyAll(realm, process.As<v8::Object>(), process_methods, /*functions_only=*/true);
  }
  snapshot->CreateDataProperty(realm.context(), realm.Name("process"), process_methods).Check();
  globals.Reset(isolate, snapshot);
}

BINDING_REGISTER(loop_timers, InitializeTimers);
BINDING_REGISTER(loop_task_queue, InitializeTaskQueue);
BINDING_REGISTER(loop_process, InitializeProcessMethods);
BINDING_REGISTER(pool_fs, InitializeModule<kFs>);
BINDING_REGISTER(pool_dns, InitializeModule<kDns>);
BINDING_REGISTER(pool_crypto, InitializeModule<kCrypto>);
BINDING_REGISTER(pool_zlib, InitializeModule<kZlib>);

}  // namespace bindings
