#include "realm.h"

#include "base_object.h"
#include "buffer/buffer.h"
#include "engine.h"
#include "io_trace.h"
#include "loop_trace.h"
#include "lower_stage_bindings.h"
#include "node_errors.h"
#include "support/bytes.h"

namespace bindings {

Realm::Realm(loop::Runtime& runtime, pool::BuiltinModules& modules,
             std::vector<BindingList> bindings)
    : runtime_(runtime),
      modules_(modules),
      registry_(std::move(bindings)),
      context_(runtime.isolate(), runtime.context()),
      exports_(registry_.size()) {
  v8::HandleScope handle_scope(isolate());
  engine::SetContextSlot(context(), kContextSlot, this);
  const char* names[] = {"oncomplete", "onread", "onconnection", "ontimeout"};
  static_assert(sizeof names / sizeof names[0] == static_cast<size_t>(Callback::kCount));
  for (int i = 0; i < static_cast<int>(Callback::kCount); i++) {
    callback_names_[i].Reset(isolate(), Name(names[i]));
  }
}

Realm::~Realm() {
  tearing_down_ = true;
  v8::HandleScope handle_scope(isolate());
  // Each object leaves the list as it ends (deleted, or detached to be
  // freed by libuv later), so this loop always makes progress.
  while (!objects_.empty()) objects_.front()->OnRealmTeardown();
  binding_data_.clear();
  exports_.clear();
  engine::SetContextSlot(context(), kContextSlot, nullptr);
}

void Realm::Bootstrap() {
  v8::Isolate* isolate = this->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = this->context();
  v8::Local<v8::Object> global = context->Global();
  // Node's globals that come from bindings are not enumerable.
  auto define = [&](const char* name, v8::Local<v8::Value> value) {
    global->DefineOwnProperty(context, Name(name), value, v8::DontEnum).Check();
  };

  v8::Local<v8::Function> internal_binding =
      v8::Function::New(context, InternalBinding, {}, 1, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  internal_binding->SetName(Name("internalBinding"));
  define("internalBinding", internal_binding);

  v8::Local<v8::Object> buffer = GetBinding("buffer").ToLocalChecked();
  define("Buffer", buffer->Get(context, Name("Buffer")).ToLocalChecked());
  pool::SetByteArrayHook(MakeBuffer);

  // Stages 02 and 03 installed their natives themselves; the registry lists
  // them too, as they are now, before any script can replace a global.
  binding_data<LowerStageNatives>();
}

void Realm::MakeBuffer(v8::Local<v8::Uint8Array> array) {
  v8::Local<v8::Context> context;
  if (!array->GetCreationContext().ToLocal(&context)) return;
  if (Realm* realm = GetCurrent(context)) {
    array->SetPrototype(context, realm->binding_data<BufferData>().prototype.Get(realm->isolate()))
        .Check();
  }
}

v8::MaybeLocal<v8::Object> Realm::GetBinding(std::string_view name) {
  v8::Isolate* isolate = this->isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  int index = registry_.Find(name);
  if (index < 0) {
    // Node's message for a name it does not know (it sets no `code`).
    isolate->ThrowException(
        v8::Exception::Error(engine::ToV8String(isolate, "No such binding: " + std::string(name))));
    return {};
  }
  v8::Global<v8::Object>& cached = exports_[index];
  if (cached.IsEmpty()) {
    v8::Local<v8::Object> exports = v8::Object::New(isolate);
    // Cached before it is filled: a binding that asks for another which
    // asks for the first gets the (partial) object, not a second copy.
    cached.Reset(isolate, exports);
    registry_.at(index).initialize(*this, exports);
  }
  return handle_scope.Escape(cached.Get(isolate));
}

bool Realm::HasLoaded(std::string_view name) const {
  int index = registry_.Find(name);
  return index >= 0 && !exports_[index].IsEmpty();
}

void Realm::InternalBinding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "module", "be of type string", info[0]));
    return;
  }
  v8::Local<v8::Object> exports;
  if (GetCurrent(info).GetBinding(engine::ToUtf8(isolate, info[0])).ToLocal(&exports)) {
    info.GetReturnValue().Set(exports);
  }
}

bool Realm::MakeCallback(v8::Local<v8::Object> receiver, v8::Local<v8::String> name, int argc,
                         v8::Local<v8::Value> argv[], const std::string& what,
                         loop::LoopTrace::Phase phase) {
  if (tearing_down_) return true;  // the program is over: nobody to call
  if (runtime_.exiting()) return false;
  v8::Local<v8::Value> callback;
  {
    // Reading the property may run a getter, which may throw.
    v8::TryCatch try_catch(isolate());
    if (!receiver->Get(context(), name).ToLocal(&callback)) {
      runtime_.EndWithUncaughtException(try_catch);
      return false;
    }
  }
  if (!callback->IsFunction()) return true;
  loop::LoopTrace& trace = runtime_.trace();
  if (trace.chrome() != nullptr) {
    // "TCP.onread -> onStreamRead (stream_base_commons.js:150)": the wrap's
    // class, the property, the function. A timer wrap fires in the timers
    // phase; everything else here is I/O.
    std::string slice = engine::ToUtf8(isolate(), receiver->GetConstructorName()) + "." +
                        engine::ToUtf8(isolate(), name) + " -> " +
                        loop::LoopTrace::Describe(callback.As<v8::Function>());
    if (name->StrictEquals(CallbackName(Callback::kOnTimeout))) {
      trace.BeginCallback(loop::LoopTrace::Phase::kTimers, slice);
    } else {
      trace.IoCallback(slice);
    }
  } else if (trace.enabled()) {
    // The text trace: a line under the phase the wrap's caller names.
    trace.Callback(phase, what.empty() ? DescribeCall(receiver, name, argc, argv) : what,
                   callback.As<v8::Function>());
  }
  return runtime_.CallFromLoop(callback.As<v8::Function>(), receiver, argc, argv);
}

v8::Local<v8::Function> Realm::NewFunction(const char* name, v8::FunctionCallback callback,
                                           int length) {
  v8::Local<v8::Function> function =
      v8::Function::New(context(), callback, {}, length, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  function->SetName(Name(name));
  return function;
}

void Realm::SetMethod(v8::Local<v8::Object> target, const char* name, v8::FunctionCallback callback,
                      int length) {
  target->CreateDataProperty(context(), Name(name), NewFunction(name, callback, length)).Check();
}

void Realm::SetProtoMethod(v8::Local<v8::FunctionTemplate> klass, const char* name,
                           v8::FunctionCallback callback, int length) {
  v8::Isolate* isolate = this->isolate();
  v8::Local<v8::FunctionTemplate> method =
      v8::FunctionTemplate::New(isolate, callback, {}, v8::Signature::New(isolate, klass), length,
                                v8::ConstructorBehavior::kThrow);
  v8::Local<v8::String> key = Name(name);
  method->SetClassName(key);
  klass->PrototypeTemplate()->Set(key, method);
}

v8::Local<v8::FunctionTemplate> Realm::NewClass(const char* name,
                                                v8::FunctionCallback constructor) {
  v8::Local<v8::FunctionTemplate> klass = v8::FunctionTemplate::New(isolate(), constructor);
  klass->SetClassName(Name(name));
  klass->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  return klass;
}

v8::Local<v8::String> Realm::Name(std::string_view text) const {
  return v8::String::NewFromUtf8(isolate(), text.data(), v8::NewStringType::kInternalized,
                                 static_cast<int>(text.size()))
      .ToLocalChecked();
}

std::list<BaseObject*>::iterator Realm::Track(BaseObject* object) {
  return objects_.insert(objects_.end(), object);
}

void Realm::Untrack(std::list<BaseObject*>::iterator position) { objects_.erase(position); }

}  // namespace bindings
