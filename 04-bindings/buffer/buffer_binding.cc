// The `buffer` binding: the Buffer class is put together here, from the
// natives of the other buffer_*.cc files (see buffer.h).
#include <v8.h>

#include <cmath>
#include <string>

#include "binding_registry.h"
#include "buffer/buffer.h"
#include "engine.h"
#include "node_errors.h"

namespace bindings {
namespace {

// A getter that returns its `data` (its configuration, engine.h):
// Buffer[Symbol.species] is FastBuffer.
void ReturnData(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.Data());
}

}  // namespace

// ---- Helpers the buffer_*.cc files share ----

ByteSpan BytesOf(v8::Local<v8::ArrayBufferView> view) {
  v8::Local<v8::ArrayBuffer> array_buffer = view->Buffer();  // moves it out of the heap, if needed
  return {static_cast<uint8_t*>(array_buffer->Data()) + view->ByteOffset(), view->ByteLength()};
}

BufferData& BufferDataOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Realm::GetCurrent(info).binding_data<BufferData>();
}

bool ThisBytes(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Uint8Array>* array,
               ByteSpan* bytes) {
  if (!info.This()->IsUint8Array()) {
    return errors::Throw(
        info.GetIsolate(),
        errors::NodeError(info.GetIsolate(), errors::Type::kTypeError, "ERR_INVALID_THIS",
                          "Value of \"this\" must be of type Buffer"));
  }
  *array = info.This().As<v8::Uint8Array>();
  *bytes = BytesOf(*array);
  return true;
}

bool ValidateOffset(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, double min,
                    double max, double* out) {
  if (!value->IsNumber())
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, name, "be of type number", value));
  double number = value.As<v8::Number>()->Value();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (std::trunc(number) != number) {
    return errors::Throw(isolate, errors::OutOfRange(isolate, name, "an integer",
                                                     errors::ReceivedNumber(context, value)));
  }
  if (number < min || number > max) {
    auto text = [&](double n) { return engine::ToUtf8(isolate, v8::Number::New(isolate, n)); };
    return errors::Throw(
        isolate, errors::OutOfRange(isolate, name, ">= " + text(min) + " && <= " + text(max),
                                    errors::ReceivedNumber(context, value)));
  }
  *out = number == 0 ? 0 : number;  // -0 is 0
  return true;
}

v8::MaybeLocal<v8::Object> UnknownEncoding(v8::Isolate* isolate, v8::Local<v8::Value> encoding) {
  v8::Local<v8::String> name;
  if (!encoding->ToString(isolate->GetCurrentContext()).ToLocal(&name)) return {};
  return errors::NodeError(isolate, errors::Type::kTypeError, "ERR_UNKNOWN_ENCODING",
                           "Unknown encoding: " + engine::ToUtf8(isolate, name));
}

v8::Local<v8::Object> BufferOutOfBounds(v8::Isolate* isolate, const char* name) {
  return errors::NodeError(isolate, errors::Type::kRangeError, "ERR_BUFFER_OUT_OF_BOUNDS",
                           name != nullptr
                               ? std::string("\"") + name + "\" is outside of buffer bounds"
                               : std::string("Attempt to access memory outside buffer bounds"));
}

// ---- The class ----

BufferData::BufferData(Realm& realm) : realm_(realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::Object> global = context->Global();

  // What the class builds on, taken before any script can replace it.
  v8::Local<v8::Function> uint8_array_function =
      global->Get(context, realm.Name("Uint8Array")).ToLocalChecked().As<v8::Function>();
  v8::Local<v8::Object> uint8_array_prototype =
      uint8_array_function->Get(context, realm.Name("prototype")).ToLocalChecked().As<v8::Object>();
  v8::Local<v8::Object> typed_array_prototype =
      uint8_array_prototype->GetPrototype().As<v8::Object>();
  uint8_array.Reset(isolate, uint8_array_function);
  typed_array_set.Reset(
      isolate,
      typed_array_prototype->Get(context, realm.Name("set")).ToLocalChecked().As<v8::Function>());

  // Buffer: callable with or without `new` (the deprecated Buffer(arg) form).
  v8::Local<v8::FunctionTemplate> buffer_class =
      v8::FunctionTemplate::New(isolate, BufferConstructor, {}, {}, 3);
  buffer_class->SetClassName(realm.Name("Buffer"));
  v8::Local<v8::Function> buffer_function = buffer_class->GetFunction(context).ToLocalChecked();
  v8::Local<v8::Object> proto =
      buffer_function->Get(context, realm.Name("prototype")).ToLocalChecked().As<v8::Object>();
  // The two links that make Buffer a subclass of Uint8Array.
  proto->SetPrototype(context, uint8_array_prototype).Check();
  buffer_function->SetPrototype(context, uint8_array_function).Check();
  buffer.Reset(isolate, buffer_function);
  prototype.Reset(isolate, proto);
  pool_size_name_.Reset(isolate, realm.Name("poolSize"));

  // FastBuffer: what Uint8Array's own methods (map, filter, ...) construct
  // when they make a new array from a Buffer; it makes a Buffer too.
  v8::Local<v8::FunctionTemplate> fast_class =
      v8::FunctionTemplate::New(isolate, FastBufferConstructor, {}, {}, 3);
  fast_class->SetClassName(realm.Name("FastBuffer"));
  v8::Local<v8::Function> fast_function = fast_class->GetFunction(context).ToLocalChecked();
  fast_function->Set(context, realm.Name("prototype"), proto).Check();
  fast_buffer.Reset(isolate, fast_function);

  // ---- Buffer.prototype, in Node's order ----
  auto define = [&](const char* key, v8::Local<v8::Value> value) {
    proto->CreateDataProperty(context, realm.Name(key), value).Check();
  };
  auto method = [&](const char* name, v8::FunctionCallback callback, int length) {
    v8::Local<v8::Function> function = realm.NewFunction(name, callback, length);
    define(name, function);
    return function;
  };
  AddBigIntAccessors(realm, proto);
  AddNumberAccessors(realm, proto);
  method("asciiSlice", BufferSlice<pool::Encoding::kAscii>, 0);
  method("base64Slice", BufferSlice<pool::Encoding::kBase64>, 0);
  method("base64urlSlice", BufferSlice<pool::Encoding::kBase64Url>, 0);
  method("latin1Slice", BufferSlice<pool::Encoding::kLatin1>, 0);
  method("hexSlice", BufferSlice<pool::Encoding::kHex>, 0);
  method("ucs2Slice", BufferSlice<pool::Encoding::kUtf16le>, 0);
  method("utf8Slice", BufferSlice<pool::Encoding::kUtf8>, 0);
  method("asciiWrite", BufferEncodingWrite<pool::Encoding::kAscii>, 1);
  method("base64Write", BufferEncodingWrite<pool::Encoding::kBase64>, 0);
  method("base64urlWrite", BufferEncodingWrite<pool::Encoding::kBase64Url>, 0);
  method("latin1Write", BufferEncodingWrite<pool::Encoding::kLatin1>, 1);
  method("hexWrite", BufferEncodingWrite<pool::Encoding::kHex>, 0);
  method("ucs2Write", BufferEncodingWrite<pool::Encoding::kUtf16le>, 0);
  method("utf8Write", BufferEncodingWrite<pool::Encoding::kUtf8>, 1);
  // `parent` and `offset`: old names of .buffer and .byteOffset.
  proto->SetAccessorProperty(realm.Name("parent"), realm.NewFunction("get", BufferParent));
  proto->SetAccessorProperty(realm.Name("offset"), realm.NewFunction("get", BufferOffset));
  method("copy", BufferCopy, 4);
  v8::Local<v8::Function> to_string = method("toString", BufferToString, 3);
  method("equals", BufferEquals, 1);
  v8::Local<v8::Function> inspect = method("inspect", BufferInspect, 2);
  method("compare", BufferCompare, 5);
  method("indexOf", BufferIndexOf, 3);
  method("lastIndexOf", BufferLastIndexOf, 3);
  method("includes", BufferIncludes, 3);
  method("fill", BufferFill, 4);
  method("write", BufferWrite, 4);
  method("toJSON", BufferToJSON, 0);
  method("subarray", BufferSubarray, 2);
  method("slice", BufferSliceMethod, 2);
  method("swap16", BufferSwap16, 0);
  method("swap32", BufferSwap32, 0);
  method("swap64", BufferSwap64, 0);
  define("toLocaleString", to_string);
  // console.log asks this method how to show a Buffer (inspect.h honours
  // the symbol, as Node's util.inspect does).
  proto
      ->CreateDataProperty(
          context, v8::Symbol::For(isolate, realm.Name("nodejs.util.inspect.custom")), inspect)
      .Check();

  // ---- The static members ----
  auto static_method = [&](const char* name, v8::FunctionCallback callback, int length) {
    buffer_function
        ->CreateDataProperty(context, realm.Name(name), realm.NewFunction(name, callback, length))
        .Check();
  };
  buffer_function
      ->CreateDataProperty(context, realm.Name("poolSize"), v8::Integer::New(isolate, 8 * 1024))
      .Check();
  static_method("from", BufferFrom, 3);
  static_method("of", BufferOf, 0);
  static_method("alloc", BufferAlloc, 3);
  static_method("allocUnsafe", BufferAllocUnsafe, 1);
  static_method("allocUnsafeSlow", BufferAllocUnsafeSlow, 1);
  static_method("isBuffer", BufferIsBuffer, 1);
  static_method("compare", BufferCompareStatic, 2);
  static_method("isEncoding", BufferIsEncoding, 1);
  static_method("concat", BufferConcat, 2);
  static_method("byteLength", BufferByteLength, 2);
  // (V8's API names a few well-known symbols, but not this one.)
  v8::Local<v8::Object> symbol_function =
      global->Get(context, realm.Name("Symbol")).ToLocalChecked().As<v8::Object>();
  v8::Local<v8::Value> species =
      symbol_function->Get(context, realm.Name("species")).ToLocalChecked();
  buffer_function->SetAccessorProperty(
      species.As<v8::Name>(),
      v8::Function::New(context, ReturnData, fast_function, 0, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked(),
      {}, v8::DontEnum);
}

namespace {

// internalBinding('buffer'): the class and its limits. (Node's `buffer`
// module adds SlowBuffer, transcode, Blob, ...; 05 builds it on these.)
void InitializeBuffer(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  BufferData& data = realm.binding_data<BufferData>();
  auto set = [&](v8::Local<v8::Object> target, const char* name, v8::Local<v8::Value> value) {
    target->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set(exports, "Buffer", data.buffer.Get(isolate));
  set(exports, "kMaxLength", v8::Number::New(isolate, kMaxBufferLength));
  set(exports, "kStringMaxLength", v8::Integer::New(isolate, v8::String::kMaxLength));
  set(exports, "INSPECT_MAX_BYTES", v8::Integer::New(isolate, kInspectMaxBytes));
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  set(constants, "MAX_LENGTH", v8::Number::New(isolate, kMaxBufferLength));
  set(constants, "MAX_STRING_LENGTH", v8::Integer::New(isolate, v8::String::kMaxLength));
  set(exports, "constants", constants);
}

}  // namespace

BINDING_REGISTER(buffer, InitializeBuffer);

}  // namespace bindings
