/// \file
/// The `types` binding: what kind of value is this, asked of V8 itself.
/// (Node: src/node_types.cc, behind `util.types`.)
///
///     const { isDate, isPromise } = internalBinding('types');
///     isDate(new Date())       true
///     isPromise({ then() {} }) false: only a real promise is one
///
/// Some questions cannot be answered in JavaScript: whether an object is a
/// Proxy, a boxed primitive, or a real Date rather than an object that only
/// claims to be one (`Object.create(Date.prototype)`), because a script sees
/// what the object shows it. V8 knows each object's internal shape, and its
/// API asks it in one call (v8::Value::IsDate, ...). This binding is the
/// smallest there is: each export is one such call, so it is also where the
/// cost of crossing from JavaScript into C++ is measured (see the benchmarks).
#include <v8.h>

#include "binding_registry.h"
#include "realm.h"

namespace bindings {
namespace {

// The questions, as (JavaScript name suffix, v8::Value method): isDate asks
// value->IsDate(), and so on.
#define TYPE_CHECKS_FOR_EACH(V)                     \
  V(External, IsExternal)                           \
  V(Date, IsDate)                                   \
  V(ArgumentsObject, IsArgumentsObject)             \
  V(BigIntObject, IsBigIntObject)                   \
  V(BooleanObject, IsBooleanObject)                 \
  V(NumberObject, IsNumberObject)                   \
  V(StringObject, IsStringObject)                   \
  V(SymbolObject, IsSymbolObject)                   \
  V(NativeError, IsNativeError)                     \
  V(RegExp, IsRegExp)                               \
  V(AsyncFunction, IsAsyncFunction)                 \
  V(GeneratorFunction, IsGeneratorFunction)         \
  V(GeneratorObject, IsGeneratorObject)             \
  V(Promise, IsPromise)                             \
  V(Map, IsMap)                                     \
  V(Set, IsSet)                                     \
  V(MapIterator, IsMapIterator)                     \
  V(SetIterator, IsSetIterator)                     \
  V(WeakMap, IsWeakMap)                             \
  V(WeakSet, IsWeakSet)                             \
  V(ArrayBuffer, IsArrayBuffer)                     \
  V(DataView, IsDataView)                           \
  V(SharedArrayBuffer, IsSharedArrayBuffer)         \
  V(Proxy, IsProxy)                                 \
  V(ModuleNamespaceObject, IsModuleNamespaceObject) \
  V(ArrayBufferView, IsArrayBufferView)             \
  V(TypedArray, IsTypedArray)                       \
  V(Uint8Array, IsUint8Array)

#define DEFINE_TYPE_CHECK(name, method)                            \
  void Is##name(const v8::FunctionCallbackInfo<v8::Value>& info) { \
    info.GetReturnValue().Set(info[0]->method());                  \
  }
TYPE_CHECKS_FOR_EACH(DEFINE_TYPE_CHECK)
#undef DEFINE_TYPE_CHECK

void IsAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() || info[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> value = info[0];
  info.GetReturnValue().Set(value->IsNumberObject() || value->IsStringObject() ||
                            value->IsBooleanObject() || value->IsBigIntObject() ||
                            value->IsSymbolObject());
}

void InitializeTypes(Realm& realm, v8::Local<v8::Object> exports) {
#define SET_TYPE_CHECK(name, method) realm.SetMethod(exports, "is" #name, Is##name, 1);
  TYPE_CHECKS_FOR_EACH(SET_TYPE_CHECK)
#undef SET_TYPE_CHECK
  realm.SetMethod(exports, "isAnyArrayBuffer", IsAnyArrayBuffer, 1);
  realm.SetMethod(exports, "isBoxedPrimitive", IsBoxedPrimitive, 1);
}

}  // namespace

BINDING_REGISTER(types, InitializeTypes);

}  // namespace bindings
