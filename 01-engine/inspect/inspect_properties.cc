/// \file
/// What an object has, for util.inspect: its constructor's name (walking the
/// prototype chain as Node's getConstructorName does), its Symbol.toStringTag,
/// its own keys, and each property read through its descriptor, so that a
/// getter is shown as [Getter] and never called.
///
/// Also the small helpers the walk uses to talk to V8 safely: each one that
/// can run user code (a Proxy trap, a getter on a prototype) catches what it
/// throws and answers `undefined` or `false` instead.

#include <algorithm>
#include <set>

#include "inspect/inspect_text.h"
#include "inspect/inspector.h"

namespace engine {
namespace {

using inspect_text::EscapeUnquoted;
using inspect_text::IsPlainKey;
using inspect_text::Quote;
using inspect_text::ReadUtf16;
using inspect_text::Utf16ToUtf8;

// How many prototypes without a constructor are described one inside the
// other (`Object <Object <Object <...>>>`) before the walk gives up.
constexpr int kMaxNestedPrototypes = 1000;

void DoNothing(const v8::FunctionCallbackInfo<v8::Value>&) {}

}  // namespace

std::string GetPrefix(const std::optional<std::string>& constructor, const std::string& tag,
                      const std::string& fallback, const std::string& size) {
  if (!constructor) {
    if (!tag.empty() && fallback != tag) {
      return "[" + fallback + size + ": null prototype] [" + tag + "] ";
    }
    return "[" + fallback + size + ": null prototype] ";
  }
  if (!tag.empty() && *constructor != tag) return *constructor + size + " [" + tag + "] ";
  return *constructor + size + " ";
}

// The global constructors Node knows as built in (its `builtInObjects`: the
// capitalised globals of the language, taken before any of Node's own
// globals exist). User code never adds to this list, and neither do later
// stages: their Buffer or URL prints through its own toString under %s.
bool IsBuiltInConstructorName(const std::string& name) {
  static const std::set<std::string> kBuiltIns = {"AggregateError",
                                                  "Array",
                                                  "ArrayBuffer",
                                                  "Atomics",
                                                  "BigInt",
                                                  "BigInt64Array",
                                                  "BigUint64Array",
                                                  "Boolean",
                                                  "DataView",
                                                  "Date",
                                                  "Error",
                                                  "EvalError",
                                                  "FinalizationRegistry",
                                                  "Float32Array",
                                                  "Float64Array",
                                                  "Function",
                                                  "Int16Array",
                                                  "Int32Array",
                                                  "Int8Array",
                                                  "Intl",
                                                  "JSON",
                                                  "Map",
                                                  "Math",
                                                  "Number",
                                                  "Object",
                                                  "Promise",
                                                  "Proxy",
                                                  "RangeError",
                                                  "ReferenceError",
                                                  "Reflect",
                                                  "RegExp",
                                                  "Set",
                                                  "SharedArrayBuffer",
                                                  "String",
                                                  "Symbol",
                                                  "SyntaxError",
                                                  "TypeError",
                                                  "URIError",
                                                  "Uint16Array",
                                                  "Uint32Array",
                                                  "Uint8Array",
                                                  "Uint8ClampedArray",
                                                  "WeakMap",
                                                  "WeakRef",
                                                  "WeakSet",
                                                  "WebAssembly"};
  return kBuiltIns.count(name) > 0;
}

// ---------------------------------------------------------------------------
// Constructor names

// Node's getConstructorName: walk up the prototype chain to the first
// `constructor` property that is a named function the object is an instance
// of. No constructor anywhere means a null-prototype object (nullopt);
// prototypes without constructors give `Object <[Object: null prototype] {}>`
// (V8's own guess, then what the prototype looks like).
std::optional<std::string> Inspector::ConstructorName(
    v8::Local<v8::Object> object, int depth, std::vector<std::string>* prototype_properties) {
  v8::Local<v8::Value> level = object;
  v8::Local<v8::Value> first_prototype;
  auto add_prototype_properties = [&](v8::Local<v8::Value> found_at, bool built_in) {
    if (prototype_properties != nullptr && (first_prototype != found_at || !built_in)) {
      v8::Local<v8::Object> start =
          first_prototype.IsEmpty() ? object : first_prototype.As<v8::Object>();
      AddPrototypeProperties(object, start, depth, prototype_properties);
    }
  };
  while (level->IsObject()) {
    v8::Local<v8::Object> current = level.As<v8::Object>();
    // Object.prototype and Function.prototype are recognised by identity, so
    // that a replaced `constructor` property on them cannot mislead.
    if (current != object) {
      if (current == ObjectPrototype()) {
        add_prototype_properties(current, true);
        return "Object";
      }
      if (object->IsFunction() && current == FunctionPrototype()) {
        add_prototype_properties(current, true);
        return "Function";
      }
    }
    OwnProperty constructor = GetOwnProperty(current, names_.constructor);
    if (!constructor.value.IsEmpty() && constructor.value->IsFunction()) {
      v8::Local<v8::Object> function = constructor.value.As<v8::Object>();
      v8::Local<v8::Value> name = Get(function, names_.name);
      bool unnamed = name->IsString() && name.As<v8::String>()->Length() == 0;
      v8::TryCatch try_catch(isolate_);
      if (!unnamed && object->InstanceOf(context_, function).FromMaybe(false)) {
        std::string text = ToText(name);
        add_prototype_properties(current, IsBuiltInConstructorName(text));
        return text;
      }
    }
    level = current->GetPrototype();
    if (first_prototype.IsEmpty()) first_prototype = level;
  }
  if (first_prototype.IsEmpty() || !first_prototype->IsObject()) return std::nullopt;

  std::string guess = inspect_text::ToUtf8(isolate_, object->GetConstructorName());
  if (depth > options_.depth || depth > kMaxNestedPrototypes) return guess + " <Complex prototype>";
  v8::Local<v8::Object> prototype = first_prototype.As<v8::Object>();
  std::optional<std::string> prototype_name =
      ConstructorName(prototype, depth + 1, prototype_properties);
  if (prototype_name) return guess + " <" + *prototype_name + ">";
  InspectOptions brief = options_;
  brief.depth = -1;
  brief.custom_inspect = false;
  return guess + " <" + Inspector(context_, brief).FormatValue(prototype, 0) + ">";
}

// With showHidden, Node also lists what an instance inherits from up to three
// user-defined prototypes (but not methods, and not what the instance
// overrides), stopping at the first built-in one.
void Inspector::AddPrototypeProperties(v8::Local<v8::Object> main, v8::Local<v8::Object> object,
                                       int depth, std::vector<std::string>* output) {
  std::vector<v8::Local<v8::Name>> keys;
  std::vector<v8::Local<v8::Name>> keys_above;  // of the levels already listed
  auto listed_above = [&](v8::Local<v8::Name> key) {
    return std::any_of(keys_above.begin(), keys_above.end(),
                       [&](v8::Local<v8::Name> other) { return other->StrictEquals(key); });
  };
  for (int level = 0; level < 3; level++) {
    if (level != 0 || main == object) {
      v8::Local<v8::Value> prototype = object->GetPrototype();
      if (!prototype->IsObject()) return;
      object = prototype.As<v8::Object>();
      OwnProperty constructor = GetOwnProperty(object, names_.constructor);
      if (!constructor.value.IsEmpty() && constructor.value->IsFunction() &&
          IsBuiltInConstructorName(ToText(Get(constructor.value.As<v8::Object>(), names_.name)))) {
        return;
      }
    }
    if (level != 0) keys_above.insert(keys_above.end(), keys.begin(), keys.end());
    keys = Keys(object, v8::ALL_PROPERTIES);  // Reflect.ownKeys

    seen_.push_back(main);
    for (v8::Local<v8::Name> key : keys) {
      if (key->StrictEquals(names_.constructor) || HasOwn(main, key) ||
          (level != 0 && listed_above(key))) {
        continue;
      }
      OwnProperty property = GetOwnProperty(object, key);
      if (!property.value.IsEmpty() && property.value->IsFunction()) continue;
      std::string text = FormatProperty(object, depth, key, PropertyStyle::kKeyAndValue, &property);
      // Inherited, so shown faint (the escape codes of SGR "faint" and "normal").
      output->push_back(options_.colors ? "\x1b[2m" + text + "\x1b[22m" : text);
    }
    seen_.pop_back();
  }
}

// Symbol.toStringTag, when it says something the constructor name does not
// already say: an own enumerable tag is listed as a property instead.
std::string Inspector::ToStringTag(v8::Local<v8::Object> object) {
  v8::Local<v8::Symbol> key = v8::Symbol::GetToStringTag(isolate_);
  v8::Local<v8::Value> tag = Get(object, key);
  if (!tag->IsString() || tag.As<v8::String>()->Length() == 0) return "";
  bool listed_as_property;
  if (options_.show_hidden) {
    listed_as_property = HasOwn(object, key);
  } else {
    OwnProperty own = GetOwnProperty(object, key);
    listed_as_property = own.found && own.enumerable;
  }
  return listed_as_property ? "" : inspect_text::ToUtf8(isolate_, tag.As<v8::String>());
}

// Node's getCtxStyle: the prefix of an ordinary object, `Foo `, `Foo [bar] `,
// or for a null prototype `[Object: null prototype] `.
std::string Inspector::Prefix(v8::Local<v8::Object> object,
                              const std::optional<std::string>& constructor,
                              const std::string& tag) {
  std::string fallback;
  if (!constructor) {
    fallback = inspect_text::ToUtf8(isolate_, object->GetConstructorName());
    if (fallback == tag) fallback = "Object";
  }
  return GetPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// Properties

namespace {

std::vector<v8::Local<v8::Name>> ToNames(v8::Local<v8::Context> context,
                                         v8::MaybeLocal<v8::Array> maybe_names) {
  std::vector<v8::Local<v8::Name>> names;
  v8::Local<v8::Array> array;
  if (!maybe_names.ToLocal(&array)) return names;
  names.reserve(array->Length());
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> name;
    if (array->Get(context, i).ToLocal(&name) && name->IsName()) {
      names.push_back(name.As<v8::Name>());
    }
  }
  return names;
}

}  // namespace

// Node's getKeys: Object.keys plus enumerable symbols, or with showHidden
// every own key.
std::vector<v8::Local<v8::Name>> Inspector::Keys(v8::Local<v8::Object> object) {
  return Keys(object, options_.show_hidden ? v8::ALL_PROPERTIES : v8::ONLY_ENUMERABLE);
}

std::vector<v8::Local<v8::Name>> Inspector::Keys(v8::Local<v8::Object> object,
                                                 v8::PropertyFilter filter) {
  v8::TryCatch try_catch(isolate_);
  return ToNames(context_, object->GetOwnPropertyNames(context_, filter,
                                                       v8::KeyConversionMode::kConvertToString));
}

// The own keys of an array that are not indices: `[ 1, 2, extra: true ]`.
std::vector<v8::Local<v8::Name>> Inspector::NonIndexKeys(v8::Local<v8::Object> object) {
  v8::TryCatch try_catch(isolate_);
  auto filter = options_.show_hidden ? v8::ALL_PROPERTIES : v8::ONLY_ENUMERABLE;
  return ToNames(context_, object->GetPropertyNames(context_, v8::KeyCollectionMode::kOwnOnly,
                                                    filter, v8::IndexFilter::kSkipIndices,
                                                    v8::KeyConversionMode::kConvertToString));
}

// Reads an own property without calling its getter, if it has one.
OwnProperty Inspector::GetOwnProperty(v8::Local<v8::Object> object, v8::Local<v8::Name> key) {
  v8::TryCatch try_catch(isolate_);
  OwnProperty property;
  if (IsOrdinary(object)) {
    // The quick way, for an object whose properties are all "real" (stored
    // on it, not produced by a proxy trap or a native interceptor): V8 can
    // say whether the property is there and whether it is an accessor
    // (HasRealNamedCallbackProperty), and read a plain value directly.
    if (!object->HasRealNamedProperty(context_, key).FromMaybe(false)) return property;
    if (!object->HasRealNamedCallbackProperty(context_, key).FromMaybe(true)) {
      v8::PropertyAttribute attributes;
      if (object->GetRealNamedPropertyAttributes(context_, key).To(&attributes) &&
          object->GetRealNamedProperty(context_, key).ToLocal(&property.value)) {
        property.found = true;
        property.enumerable = (attributes & v8::DontEnum) == 0;
        return property;
      }
    }
  }

  // The general way: Object.getOwnPropertyDescriptor, which tells a value
  // from a getter. V8 builds the descriptor as a complete, fresh object of
  // own data properties (an accessor descriptor always has its own "get", a
  // data descriptor its own "value"), so reading it runs no user code.
  v8::Local<v8::Value> descriptor_value;
  if (!object->GetOwnPropertyDescriptor(context_, key).ToLocal(&descriptor_value) ||
      !descriptor_value->IsObject()) {
    return property;
  }
  v8::Local<v8::Object> descriptor = descriptor_value.As<v8::Object>();
  auto field = [&](v8::Local<v8::String> name) {
    v8::Local<v8::Value> value;
    return descriptor->Get(context_, name).ToLocal(&value)
               ? value
               : v8::Undefined(isolate_).As<v8::Value>();
  };
  property.found = true;
  property.enumerable = field(names_.enumerable)->IsTrue();
  if (descriptor->HasOwnProperty(context_, names_.get).FromMaybe(false)) {
    property.getter = field(names_.get);
    property.has_getter = !property.getter->IsUndefined();
    property.has_setter = !field(names_.set)->IsUndefined();
  } else {
    property.value = field(names_.value);
  }
  return property;
}

bool Inspector::IsOrdinary(v8::Local<v8::Object> object) {
  return !object->IsProxy() && !object->HasNamedLookupInterceptor() &&
         !object->HasIndexedLookupInterceptor();
}

// Node's formatProperty: `key: value`, `[hidden]: value`, `[Getter]`, ...
std::string Inspector::FormatProperty(v8::Local<v8::Object> object, int depth,
                                      v8::Local<v8::Name> key, PropertyStyle style,
                                      const OwnProperty* known) {
  v8::HandleScope scope(isolate_);
  OwnProperty property = known != nullptr ? *known : GetOwnProperty(object, key);
  if (!property.found) {
    // Not an own property (`byteLength` of an ArrayBuffer is a getter on its
    // prototype): Node reads it as `object[key]`.
    property.value = Get(object, key);
    property.enumerable = true;
  }
  std::string text;
  if (!property.value.IsEmpty() && !property.value->IsUndefined()) {
    indentation_ += 2;
    text = FormatValue(property.value, depth);
    indentation_ -= 2;
  } else if (property.has_getter) {
    text = FormatGetter(object, property, depth);
  } else if (property.has_setter) {
    text = Stylize("[Setter]", "special");
  } else {
    text = Stylize("undefined", "undefined");
  }
  if (style == PropertyStyle::kValueOnly) return text;
  return FormatKey(key, property.enumerable) + ": " + text;
}

// An accessor: `[Getter]`, or with the `getters` option what the getter
// returns: `[Getter: 1]`, `[Getter/Setter] { a: 1 }` for an object, and
// `[Getter: <Inspection threw (message)>]` when it throws.
std::string Inspector::FormatGetter(v8::Local<v8::Object> object, const OwnProperty& property,
                                    int depth) {
  using Getters = InspectOptions::Getters;
  std::string label = property.has_setter ? "Getter/Setter" : "Getter";
  Getters wanted = options_.getters;
  bool call = wanted == Getters::kAll || (wanted == Getters::kGet && !property.has_setter) ||
              (wanted == Getters::kSet && property.has_setter);
  if (!call || !property.getter->IsFunction()) return Stylize("[" + label + "]", "special");
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  if (!property.getter.As<v8::Function>()->Call(context_, object, 0, nullptr).ToLocal(&result)) {
    std::string message = "undefined";
    v8::Local<v8::Value> value;
    v8::Local<v8::String> text;
    if (try_catch.HasCaught() && try_catch.Exception()->IsObject() &&
        try_catch.Exception()
            .As<v8::Object>()
            ->Get(context_, v8::String::NewFromUtf8Literal(isolate_, "message"))
            .ToLocal(&value) &&
        value->ToString(context_).ToLocal(&text)) {
      message = inspect_text::ToUtf8(isolate_, text);
    }
    return Stylize("[" + label + ":", "special") + " <Inspection threw (" + message + ")>" +
           Stylize("]", "special");
  }
  indentation_ += 2;
  std::string shown = FormatValue(result, depth);
  indentation_ -= 2;
  if (result->IsObject() && !result->IsFunction()) {
    return Stylize("[" + label + "]", "special") + " " + shown;
  }
  return Stylize("[" + label + ":", "special") + " " + shown + Stylize("]", "special");
}

// A key as Node writes it: `a`, `'b-c'`, `[Symbol(s)]`, and for a
// non-enumerable key (shown with showHidden) `[length]`.
std::string Inspector::FormatKey(v8::Local<v8::Name> key, bool enumerable) {
  if (key->IsSymbol()) {
    std::u16string text = u"Symbol(";
    v8::Local<v8::Value> description = key.As<v8::Symbol>()->Description(isolate_);
    if (description->IsString()) text += ReadUtf16(isolate_, description.As<v8::String>());
    text += u")";
    return "[" + Stylize(EscapeUnquoted(text), "symbol") + "]";
  }
  std::u16string text = ReadUtf16(isolate_, key.As<v8::String>());
  if (text == u"__proto__") return "['__proto__']";
  if (!enumerable) return "[" + EscapeUnquoted(text) + "]";
  if (IsPlainKey(text)) return Stylize(Utf16ToUtf8(text), "name");
  return Stylize(Quote(text), "string");
}

// Numbers in grouped columns are right-aligned, but only when every element
// (as far as the entries go) is a number or a bigint.
bool Inspector::ElementsAreNumeric(v8::Local<v8::Object> object, size_t count) {
  v8::HandleScope scope(isolate_);
  v8::TryCatch try_catch(isolate_);
  for (size_t i = 0; i < count; i++) {
    v8::Local<v8::Value> element;
    if (!object->Get(context_, static_cast<uint32_t>(i)).ToLocal(&element)) return false;
    if (!element->IsNumber() && !element->IsBigInt()) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Helpers

v8::Local<v8::Value> Inspector::Get(v8::Local<v8::Object> object, v8::Local<v8::Value> key) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> value;
  if (!object->Get(context_, key).ToLocal(&value)) return v8::Undefined(isolate_);
  return value;
}

v8::Local<v8::Value> Inspector::Get(v8::Local<v8::Object> object, const char* key) {
  return Get(object, Str(key));
}

bool Inspector::HasOwn(v8::Local<v8::Object> object, v8::Local<v8::Name> key) {
  v8::TryCatch try_catch(isolate_);
  return object->HasOwnProperty(context_, key).FromMaybe(false);
}

bool Inspector::Has(v8::Local<v8::Object> object, v8::Local<v8::Name> key) {
  v8::TryCatch try_catch(isolate_);
  return object->Has(context_, key).FromMaybe(false);
}

std::string Inspector::ToText(v8::Local<v8::Value> value) {
  if (value->IsSymbol()) return SymbolToString(isolate_, value.As<v8::Symbol>());
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::String> text;
  if (!value->ToString(context_).ToLocal(&text)) return "";
  return inspect_text::ToUtf8(isolate_, text);
}

v8::Local<v8::String> Inspector::Str(const char* text) {
  return v8::String::NewFromUtf8(isolate_, text, v8::NewStringType::kInternalized).ToLocalChecked();
}

bool Inspector::KeyIs(v8::Local<v8::Name> key, const char* name) {
  return key->IsString() && key->StrictEquals(Str(name));
}

// The intrinsic prototypes are found from fresh objects, not through
// globals, which a script may have replaced.
v8::Local<v8::Object> Inspector::ObjectPrototype() {
  if (object_prototype_.IsEmpty()) {
    object_prototype_.Reset(isolate_, v8::Object::New(isolate_)->GetPrototype().As<v8::Object>());
  }
  return object_prototype_.Get(isolate_);
}

v8::Local<v8::Object> Inspector::FunctionPrototype() {
  if (function_prototype_.IsEmpty()) {
    v8::Local<v8::Function> function;
    if (!v8::Function::New(context_, DoNothing).ToLocal(&function)) {
      return v8::Object::New(isolate_);  // matches nothing
    }
    function_prototype_.Reset(isolate_, function->GetPrototype().As<v8::Object>());
  }
  return function_prototype_.Get(isolate_);
}

v8::Local<v8::Object> Inspector::ErrorPrototype() {
  if (error_prototype_.IsEmpty()) {
    v8::Local<v8::Value> error = v8::Exception::Error(v8::String::Empty(isolate_));
    error_prototype_.Reset(isolate_, error.As<v8::Object>()->GetPrototype().As<v8::Object>());
  }
  return error_prototype_.Get(isolate_);
}

}  // namespace engine
