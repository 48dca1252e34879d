/// \file
/// The Realm: one context's side of the binding layer. (Node: src/node_realm.h;
/// stage 02's Runtime plays Node's Environment, the per-thread side.)
///
///     loop::Runtime (02)     the loop, the queues, process: one per isolate
///       └─ Realm (this)      one per context:
///            ├─ the bindings this context has asked for (internalBinding's cache)
///            ├─ each binding's own state (its templates, shared arrays)
///            └─ every BaseObject alive in it, to end them with the context
///
/// **internalBinding(name)** finds `name` in the registry
/// (binding_registry.h): the bindings of this stage and of the stages below
/// the program's main(), one list per stage, given by main(). The first time a context asks for it,
/// creates an empty exports object and lets the binding's initializer fill it. The object is cached
/// here, so every later call returns the same one; a binding nobody asks for is never built. The
/// cache is per context because a binding's functions and classes belong to one context's global
/// object (another context, as `vm.createContext` makes in Node, gets its own).
///
/// **Calling into JavaScript from the loop** goes through MakeCallback(),
/// which reads the callback from a property of the wrapper (`oncomplete`,
/// `onread`) and calls it with stage 02's contract: the call, then the
/// drain of nextTicks and microtasks (loop::Runtime::CallFromLoop).
///
/// **The end of the realm** is the end of every object in it. Teardown
/// happens in main() after the loop has stopped: each BaseObject still alive
/// gets OnRealmTeardown(). A plain object is deleted; an open handle is
/// given to uv_close() and detached, and its close callback, which runs when
/// the Runtime drains the loop before closing it, frees it without calling
/// any JavaScript; a socket's request in flight is detached the same way and
/// freed by its own completion (libuv cancels it when its handle closes); a
/// file request, which no handle owns, is cancelled or waited for.
#pragma once

#include <uv.h>
#include <v8.h>

#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "binding_registry.h"
#include "context_slots.h"
#include "modules.h"
#include "runtime.h"

namespace bindings {

class BaseObject;

/// State one binding keeps for one context: its templates, a shared array.
/// A binding defines a subclass with a `kBindingName` and reaches it with
/// Realm::binding_data<T>(), which creates it on first use.
class BindingData {
 public:
  virtual ~BindingData() = default;
};

class Realm {
 public:
  /// Creates the realm of the runtime's context (which must be entered).
  /// `modules` are stage 03's built-in modules, which the registry lists
  /// among its bindings; `bindings` are the lists of the stages main()
  /// stands on (kStage04Bindings, then those of the stages above).
  Realm(loop::Runtime& runtime, pool::BuiltinModules& modules, std::vector<BindingList> bindings);
  /// Ends every object still alive (see the file comment), then forgets the
  /// bindings.
  ~Realm();

  Realm(const Realm&) = delete;
  Realm& operator=(const Realm&) = delete;

  /// Defines globalThis.internalBinding, and the globals Node has from the
  /// start that live in bindings (Buffer); from now on the byte arrays of
  /// stage 03 (fs, crypto, zlib) are Buffers. Call before any script runs.
  void Bootstrap();

  /// internalBinding(name): the binding's exports, built on first use. Empty
  /// after throwing "No such binding".
  v8::MaybeLocal<v8::Object> GetBinding(std::string_view name);
  /// Whether this context has built the binding called `name` yet.
  bool HasLoaded(std::string_view name) const;

  /// Calls `receiver[name](...argv)` from the loop, with stage 02's contract
  /// (the call, then the drain). Nothing happens if the property is not a
  /// function, or if the realm is ending. Returns false when the program must
  /// end (an exception escaped, or process.exit()). Under --trace-loop the
  /// call is a line of `phase`, named `what` or, if that is empty, by the
  /// receiver's class and `name` (io_trace.h).
  bool MakeCallback(v8::Local<v8::Object> receiver, v8::Local<v8::String> name, int argc,
                    v8::Local<v8::Value> argv[], const std::string& what = {},
                    loop::LoopTrace::Phase phase = loop::LoopTrace::Phase::kPoll);

  loop::Runtime& runtime() const { return runtime_; }
  pool::BuiltinModules& modules() const { return modules_; }
  const BindingRegistry& registry() const { return registry_; }
  v8::Isolate* isolate() const { return runtime_.isolate(); }
  v8::Local<v8::Context> context() const { return context_.Get(isolate()); }
  uv_loop_t* uv_loop() const { return runtime_.uv_loop(); }

  /// The context's slot of the Realm: the one after stage 03's modules.
  static constexpr engine::ContextSlot kContextSlot = pool::BuiltinModules::kContextSlot + 1;

  /// The realm of `context`; nullptr if it has none. (Node:
  /// Realm::GetCurrent.) The Realm keeps itself in the context's slot
  /// kContextSlot (context_slots.h) for its whole life.
  static Realm* GetCurrent(v8::Local<v8::Context> context) {
    return static_cast<Realm*>(engine::GetContextSlot(context, kContextSlot));
  }
  /// The realm of the context the isolate is running: how every native of a
  /// binding finds its state.
  static Realm& GetCurrent(v8::Isolate* isolate) {
    return *static_cast<Realm*>(engine::GetCurrentContextSlot(isolate, kContextSlot));
  }
  static Realm& GetCurrent(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return GetCurrent(info.GetIsolate());
  }

  /// The state of the binding T::kBindingName in this context, created (as
  /// T(realm)) the first time it is asked for.
  template <typename T>
  T& binding_data() {
    // Natives ask on every call, so the lookup is a short scan comparing
    // addresses: each T::kBindingName is one object, at one address.
    for (auto& [key, data] : binding_data_) {
      if (key == T::kBindingName) return static_cast<T&>(*data);
    }
    auto data = std::make_unique<T>(*this);  // may ask for other bindings' data
    T& result = *data;
    binding_data_.emplace_back(T::kBindingName, std::move(data));
    return result;
  }

  /// How many BaseObjects are alive in this realm (tests use it).
  size_t base_object_count() const { return objects_.size(); }

  /// A native function called `name`; it cannot be used with `new`.
  v8::Local<v8::Function> NewFunction(const char* name, v8::FunctionCallback callback,
                                      int length = 0);
  /// A method on a binding's exports: `target[name]`, a native defined as an
  /// own data property (so no setter on a prototype can swallow it).
  void SetMethod(v8::Local<v8::Object> target, const char* name, v8::FunctionCallback callback,
                 int length = 0);
  /// A method on a class's prototype, callable only on its instances (a
  /// v8::Signature makes V8 refuse other receivers with "Illegal invocation").
  void SetProtoMethod(v8::Local<v8::FunctionTemplate> klass, const char* name,
                      v8::FunctionCallback callback, int length = 0);
  /// A constructor template whose instances carry BaseObject's internal field.
  v8::Local<v8::FunctionTemplate> NewClass(const char* name, v8::FunctionCallback constructor);

  /// An internalized string, for property names read often.
  v8::Local<v8::String> Name(std::string_view text) const;

  /// The callback properties the loop reads on every event, made once
  /// (Node: env->oncomplete_string() and friends).
  enum class Callback { kOnComplete, kOnRead, kOnConnection, kOnTimeout, kCount };
  v8::Local<v8::String> CallbackName(Callback which) const {
    return callback_names_[static_cast<int>(which)].Get(isolate());
  }

 private:
  friend class BaseObject;
  std::list<BaseObject*>::iterator Track(BaseObject* object);
  void Untrack(std::list<BaseObject*>::iterator position);

  static void InternalBinding(const v8::FunctionCallbackInfo<v8::Value>& info);
  /// Stage 03's byte-array hook (bytes.h): gives an array Buffer.prototype
  /// when its context has a Realm.
  static void MakeBuffer(v8::Local<v8::Uint8Array> array);

  loop::Runtime& runtime_;
  pool::BuiltinModules& modules_;
  const BindingRegistry registry_;
  v8::Global<v8::Context> context_;
  /// internalBinding's cache: one entry per registered binding, in the
  /// registry's order; empty until the binding is first asked for.
  std::vector<v8::Global<v8::Object>> exports_;
  /// Each binding's state, by the address of its kBindingName.
  std::vector<std::pair<const char*, std::unique_ptr<BindingData>>> binding_data_;
  v8::Global<v8::String> callback_names_[static_cast<int>(Callback::kCount)];
  /// Every BaseObject alive in this realm (base_object.h).
  std::list<BaseObject*> objects_;
  bool tearing_down_ = false;
};

}  // namespace bindings
