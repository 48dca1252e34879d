/// \file
/// The `module_wrap` binding: ECMAScript modules on V8's Module API.
/// (Node: src/module_wrap.cc.)
///
/// CommonJS is one call: read, wrap in a function, run. An ES module is a
/// *record* that V8 keeps through three phases, and the host (we) answers
/// V8's questions in between:
///
///     new ModuleWrap(url, undefined, source, line, column)
///         ScriptCompiler::CompileModule: parse; the record knows its
///         `import` requests but not what they are
///     wrap.getModuleRequests()  ->  [{ specifier, attributes }]
///     wrap.link(specifiers, wraps)
///         the JS loader resolved each request to another ModuleWrap; we
///         remember specifier -> wrap for V8's question below
///     wrap.instantiate()
///         Module::InstantiateModule: V8 asks ResolveModuleCallback for each
///         request of each record of the graph, and binds every import to
///         the exporting module's variable (live bindings)
///     wrap.evaluate()  ->  promise
///         Module::Evaluate: run the bodies, dependencies first; a promise
///         because of top-level await (settled at once when nothing awaits)
///
/// A *synthetic* module has no source: its export names are given up front
/// and its evaluation steps, a JS function, set the values with
/// wrap.setExport(name, value). That is how a built-in (`node:fs`), a JSON
/// file or a CommonJS module looks from `import`.
///
///     new ModuleWrap(url, undefined, exportNames, evaluationSteps)
///
/// Two more questions V8 asks the host, per isolate:
///   - import() from any script, function or module: the callback set by
///     setImportModuleDynamicallyCallback(fn). V8 gives us the referrer's
///     "host-defined options", which whoever compiled that code filled in
///     (this file for modules, contextify.cc for CommonJS functions,
///     bootstrap.cc for -e): slot 0 holds the referrer's URL or file name.
///     fn(specifier, referrer, attributes) returns the promise V8 hands on.
///   - import.meta, the first time a module reads it: the callback set by
///     setInitializeImportMetaObjectCallback(fn); fn(meta, wrap) fills it.
#include <v8.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "base_object.h"
#include "binding_registry.h"
#include "engine.h"
#include "node_errors.h"
#include "realm.h"

namespace modules {
namespace {

using bindings::BaseObject;
using bindings::Realm;

class ModuleWrap;

/// The slot of host-defined options that names the referrer (a string).
constexpr int kReferrerSlot = 0;

/// Per context: the class, V8's records -> their wraps, the JS callbacks.
class ModuleWrapData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "module_wrap";
  explicit ModuleWrapData(Realm&) {}
  v8::Global<v8::FunctionTemplate> klass;
  /// V8 hands back a v8::Module; its identity hash finds our wrap (a few
  /// records may share a hash, hence the multimap).
  std::unordered_multimap<int, ModuleWrap*> by_hash;
  v8::Global<v8::Function> import_dynamically;
  v8::Global<v8::Function> initialize_import_meta;
};

v8::Local<v8::Object> NewError(v8::Isolate* isolate, const std::string& message) {
  return v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
}

class ModuleWrap : public BaseObject {
 public:
  ModuleWrap(Realm& realm, v8::Local<v8::Object> object, v8::Local<v8::Module> module)
      : BaseObject(realm, object),
        module_(realm.isolate(), module),
        hash_(module->GetIdentityHash()) {
    realm.binding_data<ModuleWrapData>().by_hash.emplace(hash_, this);
  }

  ~ModuleWrap() override {
    if (realm() == nullptr) return;
    auto& by_hash = realm()->binding_data<ModuleWrapData>().by_hash;
    auto [first, last] = by_hash.equal_range(hash_);
    for (auto it = first; it != last; ++it) {
      if (it->second == this) {
        by_hash.erase(it);
        break;
      }
    }
  }

  /// The wrap of a record V8 hands us; nullptr for a record we did not make.
  static ModuleWrap* FromModule(Realm& realm, v8::Local<v8::Module> module) {
    auto [first, last] =
        realm.binding_data<ModuleWrapData>().by_hash.equal_range(module->GetIdentityHash());
    for (auto it = first; it != last; ++it) {
      if (it->second->module_ == module) return it->second;
    }
    return nullptr;
  }

  static void Initialize(Realm& realm, v8::Local<v8::Object> exports) {
    v8::Isolate* isolate = realm.isolate();
    v8::Local<v8::Context> context = realm.context();
    v8::Local<v8::FunctionTemplate> klass = realm.NewClass("ModuleWrap", New);
    realm.SetProtoMethod(klass, "getModuleRequests", GetModuleRequests);
    realm.SetProtoMethod(klass, "link", Link, 2);
    realm.SetProtoMethod(klass, "instantiate", Instantiate);
    realm.SetProtoMethod(klass, "evaluate", Evaluate);
    realm.SetProtoMethod(klass, "getNamespace", GetNamespace);
    realm.SetProtoMethod(klass, "getStatus", GetStatus);
    realm.SetProtoMethod(klass, "getError", GetError);
    realm.SetProtoMethod(klass, "isGraphAsync", IsGraphAsync);
    realm.SetProtoMethod(klass, "setExport", SetExport, 2);
    realm.binding_data<ModuleWrapData>().klass.Reset(isolate, klass);
    exports
        ->CreateDataProperty(context, realm.Name("ModuleWrap"),
                             klass->GetFunction(context).ToLocalChecked())
        .Check();
    const std::pair<const char*, v8::Module::Status> kStatuses[] = {
        {"kUninstantiated", v8::Module::kUninstantiated},
        {"kInstantiating", v8::Module::kInstantiating},
        {"kInstantiated", v8::Module::kInstantiated},
        {"kEvaluating", v8::Module::kEvaluating},
        {"kEvaluated", v8::Module::kEvaluated},
        {"kErrored", v8::Module::kErrored}};
    for (const auto& [name, status] : kStatuses) {
      exports->CreateDataProperty(context, realm.Name(name), v8::Integer::New(isolate, status))
          .Check();
    }
    realm.SetMethod(exports, "setImportModuleDynamicallyCallback",
                    SetImportModuleDynamicallyCallback, 1);
    realm.SetMethod(exports, "setInitializeImportMetaObjectCallback",
                    SetInitializeImportMetaObjectCallback, 1);
  }

 private:
  /// new ModuleWrap(url, context, source, lineOffset, columnOffset): a
  /// source text module. new ModuleWrap(url, context, exportNames,
  /// evaluationSteps): a synthetic one. `context` must be undefined (no
  /// `vm` contexts in this stage).
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    Realm& realm = Realm::GetCurrent(info);
    v8::Local<v8::Context> context = realm.context();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "ModuleWrap"));
      return;
    }
    if (!info[0]->IsString()) {
      errors::Throw(isolate, errors::InvalidArgType(isolate, "url", "be of type string", info[0]));
      return;
    }
    v8::Local<v8::String> url = info[0].As<v8::String>();
    v8::Local<v8::Module> module;
    v8::Local<v8::Function> steps;
    if (info[2]->IsArray()) {
      if (!info[3]->IsFunction()) {
        errors::Throw(isolate, errors::InvalidArgType(isolate, "evaluationSteps",
                                                      "be of type function", info[3]));
        return;
      }
      v8::Local<v8::Array> names = info[2].As<v8::Array>();
      std::vector<v8::Local<v8::String>> export_names;
      for (uint32_t i = 0; i < names->Length(); i++) {
        v8::Local<v8::Value> name;
        if (!names->Get(context, i).ToLocal(&name)) return;
        if (!name->IsString()) {
          errors::Throw(isolate, errors::InvalidArgType(isolate, "exportNames",
                                                        "be an Array of strings", name));
          return;
        }
        export_names.push_back(name.As<v8::String>());
      }
      module = v8::Module::CreateSyntheticModule(isolate, url, export_names, EvaluationSteps);
      steps = info[3].As<v8::Function>();
    } else {
      if (!info[2]->IsString()) {
        errors::Throw(isolate,
                      errors::InvalidArgType(isolate, "source", "be of type string", info[2]));
        return;
      }
      int line_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
      int column_offset = info[4]->IsInt32() ? info[4].As<v8::Int32>()->Value() : 0;
      // The module's URL travels with its code, for import() inside it.
      v8::Local<v8::PrimitiveArray> host_options = v8::PrimitiveArray::New(isolate, 1);
      host_options->Set(isolate, kReferrerSlot, url);
      v8::ScriptOrigin origin(isolate, url, line_offset, column_offset,
                              /*resource_is_shared_cross_origin=*/false, /*script_id=*/-1,
                              /*source_map_url=*/{}, /*resource_is_opaque=*/false,
                              /*is_wasm=*/false, /*is_module=*/true, host_options);
      v8::ScriptCompiler::Source source(info[2].As<v8::String>(), origin);
      if (!v8::ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) {
        return;  // a SyntaxError, with the file's URL and line in its message
      }
    }
    auto* wrap = new ModuleWrap(realm, info.This(), module);
    if (!steps.IsEmpty()) wrap->synthetic_steps_.Reset(isolate, steps);
    info.This()->CreateDataProperty(context, realm.Name("url"), url).Check();
  }

  /// [{ specifier, attributes: { type: 'json' } }] for each `import` and
  /// `export ... from` of the source, in order.
  static void GetModuleRequests(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    ModuleWrap* wrap = Unwrap<ModuleWrap>(info.This());
    Realm& realm = Realm::GetCurrent(info);
    v8::Local<v8::Context> context = realm.context();
    v8::Local<v8::FixedArray> requests = wrap->module_.Get(isolate)->GetModuleRequests();
    v8::Local<v8::Array> result = v8::Array::New(isolate, requests->Length());
    for (int i = 0; i < requests->Length(); i++) {
      v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
      v8::Local<v8::Object> entry = v8::Object::New(isolate);
      entry->CreateDataProperty(context, realm.Name("specifier"), request->GetSpecifier()).Check();
      // [key, value, source offset] triples.
      entry
          ->CreateDataProperty(context, realm.Name("attributes"),
                               AttributesObject(context, request->GetImportAssertions(), 3))
          .Check();
      result->Set(context, i, entry).Check();
    }
    info.GetReturnValue().Set(result);
  }

  /// link(specifiers, wraps): request specifiers[i] is wraps[i].
  static void Link(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    Realm& realm = Realm::GetCurrent(info);
    v8::Local<v8::Context> context = realm.context();
    ModuleWrap* wrap = Unwrap<ModuleWrap>(info.This());
    if (!info[0]->IsArray() || !info[1]->IsArray() ||
        info[0].As<v8::Array>()->Length() != info[1].As<v8::Array>()->Length()) {
      errors::Throw(isolate,
                    errors::InvalidArgValue(isolate, "wraps",
                                            "must be an Array as long as specifiers", info[1]));
      return;
    }
    v8::Local<v8::FunctionTemplate> klass = realm.binding_data<ModuleWrapData>().klass.Get(isolate);
    v8::Local<v8::Array> specifiers = info[0].As<v8::Array>();
    v8::Local<v8::Array> wraps = info[1].As<v8::Array>();
    for (uint32_t i = 0; i < specifiers->Length(); i++) {
      v8::Local<v8::Value> specifier;
      v8::Local<v8::Value> target;
      if (!specifiers->Get(context, i).ToLocal(&specifier) ||
          !wraps->Get(context, i).ToLocal(&target)) {
        return;
      }
      if (!klass->HasInstance(target)) {
        errors::Throw(
            isolate, errors::InvalidArgType(isolate, "wraps", "be an Array of ModuleWrap", target));
        return;
      }
      wrap->linked_[engine::ToUtf8(isolate, specifier)].Reset(isolate, target.As<v8::Object>());
    }
  }

  /// V8's question during instantiate(): which record is `specifier`, as
  /// imported by `referrer`? The answer was given to link().
  static v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                                  v8::Local<v8::String> specifier,
                                                  v8::Local<v8::FixedArray> /*assertions*/,
                                                  v8::Local<v8::Module> referrer) {
    v8::Isolate* isolate = context->GetIsolate();
    Realm* realm = Realm::GetCurrent(context);
    ModuleWrap* wrap = realm ? FromModule(*realm, referrer) : nullptr;
    std::string name = engine::ToUtf8(isolate, specifier);
    if (wrap != nullptr) {
      auto found = wrap->linked_.find(name);
      if (found != wrap->linked_.end()) {
        return Unwrap<ModuleWrap>(found->second.Get(isolate))->module_.Get(isolate);
      }
    }
    isolate->ThrowException(NewError(isolate, "request for '" + name + "' is not linked"));
    return {};
  }

  static void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(info.This());
    v8::Local<v8::Context> context = Realm::GetCurrent(info).context();
    // Empty when an import names an export that does not exist (a
    // SyntaxError) or a request was not linked; the exception is thrown.
    if (wrap->module_.Get(info.GetIsolate())->InstantiateModule(context, ResolveModule).IsJust()) {
      info.GetReturnValue().SetUndefined();
    }
  }

  static void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(info.This());
    v8::Local<v8::Context> context = Realm::GetCurrent(info).context();
    v8::Local<v8::Value> promise;
    if (wrap->module_.Get(info.GetIsolate())->Evaluate(context).ToLocal(&promise)) {
      info.GetReturnValue().Set(promise);
    }
  }

  static void GetNamespace(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Module> module = Unwrap<ModuleWrap>(info.This())->module_.Get(isolate);
    if (module->GetStatus() < v8::Module::kInstantiated) {
      isolate->ThrowException(NewError(isolate, "cannot get namespace, module not instantiated"));
      return;
    }
    info.GetReturnValue().Set(module->GetModuleNamespace());
  }

  static void GetStatus(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(info.This());
    info.GetReturnValue().Set(wrap->module_.Get(info.GetIsolate())->GetStatus());
  }

  static void GetError(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Module> module = Unwrap<ModuleWrap>(info.This())->module_.Get(info.GetIsolate());
    if (module->GetStatus() == v8::Module::kErrored) {
      info.GetReturnValue().Set(module->GetException());
    }
  }

  static void IsGraphAsync(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Module> module = Unwrap<ModuleWrap>(info.This())->module_.Get(info.GetIsolate());
    info.GetReturnValue().Set(module->GetStatus() >= v8::Module::kInstantiated &&
                              module->IsGraphAsync());
  }

  static void SetExport(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Module> module = Unwrap<ModuleWrap>(info.This())->module_.Get(isolate);
    if (!module->IsSyntheticModule() || !info[0]->IsString()) {
      isolate->ThrowException(NewError(isolate, "setExport() needs a synthetic module and a name"));
      return;
    }
    // Throws (a ReferenceError) for a name not declared at construction.
    (void)module->SetSyntheticModuleExport(isolate, info[0].As<v8::String>(), info[1]);
  }

  /// V8 evaluates a synthetic module: call its JS steps with the wrap as
  /// `this`. V8 wants a promise back (settled: no awaiting here).
  static v8::MaybeLocal<v8::Value> EvaluationSteps(v8::Local<v8::Context> context,
                                                   v8::Local<v8::Module> module) {
    v8::Isolate* isolate = context->GetIsolate();
    Realm* realm = Realm::GetCurrent(context);
    ModuleWrap* wrap = realm ? FromModule(*realm, module) : nullptr;
    if (wrap == nullptr) {
      isolate->ThrowException(NewError(isolate, "a synthetic module without its wrap"));
      return {};
    }
    v8::Local<v8::Value> ignored;
    if (!wrap->synthetic_steps_.Get(isolate)
             ->Call(context, wrap->object(), 0, nullptr)
             .ToLocal(&ignored)) {
      return {};
    }
    v8::Local<v8::Promise::Resolver> resolver;
    if (!v8::Promise::Resolver::New(context).ToLocal(&resolver) ||
        resolver->Resolve(context, v8::Undefined(isolate)).IsNothing()) {
      return {};
    }
    return resolver->GetPromise();
  }

  /// An import's attributes as { key: value }; `stride` is 3 for records'
  /// requests (with source offsets) and 2 for import().
  static v8::Local<v8::Object> AttributesObject(v8::Local<v8::Context> context,
                                                v8::Local<v8::FixedArray> pairs, int stride) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::Object> attributes =
        v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    for (int i = 0; i + 1 < pairs->Length(); i += stride) {
      attributes
          ->CreateDataProperty(context, pairs->Get(context, i).As<v8::Value>().As<v8::Name>(),
                               pairs->Get(context, i + 1).As<v8::Value>())
          .Check();
    }
    return attributes;
  }

  static void SetImportModuleDynamicallyCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info[0]->IsFunction()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "callback", "be of type function", info[0]));
      return;
    }
    Realm::GetCurrent(info).binding_data<ModuleWrapData>().import_dynamically.Reset(
        isolate, info[0].As<v8::Function>());
    isolate->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
  }

  static void SetInitializeImportMetaObjectCallback(
      const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info[0]->IsFunction()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "callback", "be of type function", info[0]));
      return;
    }
    Realm::GetCurrent(info).binding_data<ModuleWrapData>().initialize_import_meta.Reset(
        isolate, info[0].As<v8::Function>());
    isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
  }

  /// import(specifier) anywhere: ask the JS loader, with the referrer that
  /// the compiler of the calling code put in its host-defined options.
  static v8::MaybeLocal<v8::Promise> ImportModuleDynamically(
      v8::Local<v8::Context> context, v8::Local<v8::Data> host_defined_options,
      v8::Local<v8::Value> /*resource_name*/, v8::Local<v8::String> specifier,
      v8::Local<v8::FixedArray> import_assertions) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::EscapableHandleScope handle_scope(isolate);
    Realm* realm = Realm::GetCurrent(context);
    v8::Local<v8::Value> referrer = v8::Undefined(isolate);
    if (!host_defined_options.IsEmpty() && host_defined_options->IsFixedArray()) {
      v8::Local<v8::FixedArray> options = host_defined_options.As<v8::FixedArray>();
      if (options->Length() > kReferrerSlot) {
        referrer = options->Get(context, kReferrerSlot).As<v8::Value>();
      }
    }
    v8::Local<v8::Value> args[] = {specifier, referrer,
                                   AttributesObject(context, import_assertions, 2)};
    v8::Local<v8::Value> result;
    if (realm == nullptr || realm->binding_data<ModuleWrapData>().import_dynamically.IsEmpty() ||
        !realm->binding_data<ModuleWrapData>()
             .import_dynamically.Get(isolate)
             ->Call(context, v8::Undefined(isolate), 3, args)
             .ToLocal(&result)) {
      return {};
    }
    if (!result->IsPromise()) {
      isolate->ThrowException(NewError(isolate, "the import() callback gave no promise"));
      return {};
    }
    return handle_scope.Escape(result.As<v8::Promise>());
  }

  static void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                                   v8::Local<v8::Object> meta) {
    v8::Isolate* isolate = context->GetIsolate();
    Realm* realm = Realm::GetCurrent(context);
    ModuleWrap* wrap = realm ? FromModule(*realm, module) : nullptr;
    if (wrap == nullptr) return;
    v8::Local<v8::Value> args[] = {meta, wrap->object()};
    // An exception thrown here stays pending and surfaces in the module.
    (void)realm->binding_data<ModuleWrapData>().initialize_import_meta.Get(isolate)->Call(
        context, v8::Undefined(isolate), 2, args);
  }

  v8::Global<v8::Module> module_;
  int hash_;
  v8::Global<v8::Function> synthetic_steps_;                        ///< synthetic modules only
  std::unordered_map<std::string, v8::Global<v8::Object>> linked_;  ///< specifier -> ModuleWrap
};

void InitializeModuleWrap(Realm& realm, v8::Local<v8::Object> exports) {
  ModuleWrap::Initialize(realm, exports);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(module_wrap, modules::InitializeModuleWrap);
}  // namespace bindings
