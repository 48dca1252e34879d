/// \file
/// The walk behind util.inspect (see inspector.h): Inspect(), then for each
/// value FormatValue (primitives, proxies, custom inspect methods, circular
/// references) and for each object FormatRaw (what kind of object it is,
/// the depth limit, its entries, the layout of the result).

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "inspect/inspect_text.h"
#include "inspect/inspector.h"

namespace engine {
namespace {

using inspect_text::IndentLines;
using inspect_text::Quote;
using inspect_text::ReadUtf16;
using inspect_text::Utf16Length;

// Beyond this many nested FormatValue calls the walk stops, as Node's does
// when it runs out of stack. Only reachable with an unlimited depth or with
// custom inspect methods that keep returning new objects.
constexpr int kMaxNesting = 1000;

// Node stops descending once the text at one indentation level grows past
// this many characters, so that a huge object cannot exhaust memory.
constexpr size_t kOutputBudget = size_t{1} << 27;

std::string IteratorBraces(const std::string& type, std::string tag) {
  if (tag != type + " Iterator") {
    if (!tag.empty()) tag += "] [";
    tag += type + " Iterator";
  }
  return "[" + tag + "] {";
}

std::string TypedArrayName(v8::Local<v8::Object> array) {
  if (array->IsUint8Array()) return "Uint8Array";
  if (array->IsUint8ClampedArray()) return "Uint8ClampedArray";
  if (array->IsUint16Array()) return "Uint16Array";
  if (array->IsUint32Array()) return "Uint32Array";
  if (array->IsInt8Array()) return "Int8Array";
  if (array->IsInt16Array()) return "Int16Array";
  if (array->IsInt32Array()) return "Int32Array";
  if (array->IsFloat32Array()) return "Float32Array";
  if (array->IsFloat64Array()) return "Float64Array";
  if (array->IsBigInt64Array()) return "BigInt64Array";
  if (array->IsBigUint64Array()) return "BigUint64Array";
  return "TypedArray";
}

bool IsBoxedPrimitive(v8::Local<v8::Object> object) {
  return object->IsNumberObject() || object->IsStringObject() || object->IsBooleanObject() ||
         object->IsBigIntObject() || object->IsSymbolObject();
}

// What stylize does without colors: nothing. Custom inspect methods call it.
void ReturnFirstArgument(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]);
}

// stylize(text, kind) with colors, for custom inspect methods: the function's
// data is [styles, colors], the tables the printer itself uses.
void StylizeWithColor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> tables = info.Data().As<v8::Array>();
  v8::Local<v8::Value> styles;
  v8::Local<v8::Value> colors;
  v8::Local<v8::String> text;
  v8::Local<v8::String> kind;
  if (!tables->Get(context, 0).ToLocal(&styles) || !tables->Get(context, 1).ToLocal(&colors) ||
      !info[0]->ToString(context).ToLocal(&text) || !info[1]->ToString(context).ToLocal(&kind)) {
    return;
  }
  std::string result =
      Stylize(context, styles.As<v8::Object>(), colors.As<v8::Object>(),
              inspect_text::ToUtf8(isolate, text), inspect_text::ToUtf8(isolate, kind).c_str());
  info.GetReturnValue().Set(v8::String::NewFromUtf8(isolate, result.data(),
                                                    v8::NewStringType::kNormal,
                                                    static_cast<int>(result.size()))
                                .ToLocalChecked());
}

}  // namespace

std::string FormatNumber(v8::Local<v8::Context> context, double number) {
  if (number == 0) return std::signbit(number) ? "-0" : "0";
  if (number == std::trunc(number) && std::fabs(number) < 1e15) {
    return std::to_string(static_cast<int64_t>(number));
  }
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> text;
  if (!v8::Number::New(isolate, number)->ToString(context).ToLocal(&text)) return "NaN";
  return inspect_text::ToUtf8(isolate, text);
}

namespace {

// "1234567" -> "1_234_567": groups of three from the right, after any sign.
std::string SeparateThousands(const std::string& digits) {
  size_t start = !digits.empty() && digits[0] == '-' ? 1 : 0;
  std::string out;
  for (size_t i = start; i < digits.size(); i++) {
    if (i > start && (digits.size() - i) % 3 == 0) out += '_';
    out += digits[i];
  }
  return digits.substr(0, start) + out;
}

// "56789" -> "567_89": the digits after the point, grouped from the left.
std::string SeparateFraction(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); i++) {
    if (i > 0 && i % 3 == 0) out += '_';
    out += digits[i];
  }
  return out;
}

}  // namespace

// Node's numericSeparator: the integer part and the fraction are grouped by
// threes; what is not finite, or written with an exponent, is left alone.
// (Node groups Math.trunc(number) and the digits after it, so -0 is "0".)
std::string FormatNumberWithSeparators(v8::Local<v8::Context> context, double number) {
  std::string whole = FormatNumber(context, number);
  if (!std::isfinite(number) || whole.find('e') != std::string::npos) return whole;
  double integer = std::trunc(number);
  std::string integer_text = integer == 0 ? "0" : FormatNumber(context, integer);
  if (integer == number) return SeparateThousands(integer_text);
  std::string fraction = whole.substr(whole.find('.') + 1);
  return SeparateThousands(integer_text) + "." + SeparateFraction(fraction);
}

std::string Stylize(v8::Local<v8::Context> context, v8::Local<v8::Object> styles,
                    v8::Local<v8::Object> color_codes, const std::string& text, const char* kind) {
  if (styles.IsEmpty() || color_codes.IsEmpty()) return text;
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> style;
  v8::Local<v8::Value> codes;
  if (!styles->Get(context, v8::String::NewFromUtf8(isolate, kind).ToLocalChecked())
           .ToLocal(&style) ||
      style->IsUndefined() || !color_codes->Get(context, style).ToLocal(&codes) ||
      codes->IsUndefined()) {
    return text;
  }
  // `\e[${codes[0]}m${text}\e[${codes[1]}m`, as a template literal would
  // write it (so [1, 22] and ['1', '22'] both work).
  auto code = [&](uint32_t index) -> std::string {
    v8::Local<v8::Value> value;
    v8::Local<v8::String> string;
    if (!codes->IsObject() || !codes.As<v8::Object>()->Get(context, index).ToLocal(&value) ||
        !value->ToString(context).ToLocal(&string)) {
      return "undefined";
    }
    return inspect_text::ToUtf8(isolate, string);
  };
  return "\x1b[" + code(0) + "m" + text + "\x1b[" + code(1) + "m";
}

std::string Inspector::Stylize(const std::string& text, const char* kind) {
  if (!options_.colors) return text;
  return engine::Stylize(context_, options_.styles, options_.color_codes, text, kind);
}

std::string SymbolToString(v8::Isolate* isolate, v8::Local<v8::Symbol> symbol) {
  v8::Local<v8::Value> description = symbol->Description(isolate);
  if (!description->IsString()) return "Symbol()";
  return "Symbol(" + inspect_text::ToUtf8(isolate, description.As<v8::String>()) + ")";
}

std::string Inspect(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                    const InspectOptions& options) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  std::string text;
  v8::Local<v8::Value> user_error;
  {
    v8::TryCatch try_catch(isolate);  // nothing escapes, except on purpose below
    Inspector inspector(context, options);
    text = inspector.FormatValue(value, 0);
    user_error = inspector.UserError();
  }
  if (user_error.IsEmpty()) return text;
  isolate->ThrowException(user_error);
  return "";
}

Inspector::Names::Names(v8::Isolate* isolate) {
  auto make = [isolate](const char* text) {
    return v8::String::NewFromUtf8(isolate, text, v8::NewStringType::kInternalized)
        .ToLocalChecked();
  };
  constructor = make("constructor");
  enumerable = make("enumerable");
  get = make("get");
  name = make("name");
  prototype = make("prototype");
  set = make("set");
  value = make("value");
  custom_inspect = v8::Symbol::For(isolate, make("nodejs.util.inspect.custom"));
}

Inspector::Inspector(v8::Local<v8::Context> context, const InspectOptions& options)
    : isolate_(context->GetIsolate()), context_(context), options_(options), names_(isolate_) {}

// ---------------------------------------------------------------------------
// Values

std::string Inspector::FormatValue(v8::Local<v8::Value> value, int depth, bool in_typed_array) {
  if (!user_error_.IsEmpty()) return "";  // the walk was stopped: see UserError()
  if (!value->IsObject()) return FormatPrimitive(value);

  v8::HandleScope scope(isolate_);
  v8::Local<v8::Object> object = value.As<v8::Object>();
  // Counts the FormatValue calls under way; the count goes down again on
  // every return.
  struct NestingCounter {
    int* count;
    explicit NestingCounter(int* c) : count(c) { ++*count; }
    ~NestingCounter() { --*count; }
  } counter(&nesting_);
  if (nesting_ > kMaxNesting) {
    return Stylize("[" + inspect_text::ToUtf8(isolate_, object->GetConstructorName()) +
                       ": Inspection interrupted prematurely. Maximum call stack size exceeded.]",
                   "special");
  }

  // A Proxy is shown as its target: looking at the target runs none of the
  // handler's traps, which could throw or lie.
  v8::Local<v8::Object> receiver = object;
  if (object->IsProxy()) {
    if (options_.show_proxy) return FormatProxy(object.As<v8::Proxy>(), depth);
    while (object->IsProxy()) {
      v8::Local<v8::Value> target = object.As<v8::Proxy>()->GetTarget();
      if (!target->IsObject()) return Stylize("<Revoked Proxy>", "special");
      object = target.As<v8::Object>();
    }
  }

  std::string custom;
  if (options_.custom_inspect && CallCustomInspect(object, receiver, depth, &custom)) {
    return custom;
  }
  if (IsBeingFormatted(object)) return CircularReference(object);
  return FormatRaw(object, depth, in_typed_array);
}

std::string Inspector::FormatPrimitive(v8::Local<v8::Value> value) {
  if (value->IsString()) return FormatString(value.As<v8::String>());
  if (value->IsNumber()) {
    double number = value.As<v8::Number>()->Value();
    return Stylize(options_.numeric_separator ? FormatNumberWithSeparators(context_, number)
                                              : FormatNumber(context_, number),
                   "number");
  }
  if (value->IsBigInt()) {
    return Stylize(
        (options_.numeric_separator ? SeparateThousands(ToText(value)) : ToText(value)) + "n",
        "bigint");
  }
  if (value->IsBoolean()) return Stylize(value->IsTrue() ? "true" : "false", "boolean");
  if (value->IsUndefined()) return Stylize("undefined", "undefined");
  if (value->IsNull()) return Stylize("null", "null");
  if (value->IsSymbol()) return Stylize(SymbolToString(isolate_, value.As<v8::Symbol>()), "symbol");
  return ToText(value);
}

// A string value, quoted. A long one is cut at max_string_length, and one
// that does not fit on its line is split after each line break into quoted
// pieces joined by `+`, as Node does:
//
//     'first line\n' +
//       'second line'
std::string Inspector::FormatString(v8::Local<v8::String> string) {
  std::u16string text = ReadUtf16(isolate_, string);
  std::string trailer;
  size_t max_length = std::max(0, options_.max_string_length);
  if (text.size() > max_length) {
    size_t remaining = text.size() - max_length;
    text.resize(max_length);
    trailer = "... " + std::to_string(remaining) + " more character" + (remaining > 1 ? "s" : "");
  }
  const size_t kMinLineLength = 16;
  int room = options_.break_length - indentation_ - 4;
  if (text.size() <= kMinLineLength || static_cast<int64_t>(text.size()) <= room) {
    return Stylize(Quote(text), "string") + trailer;
  }
  std::string out;
  std::string separator = " +\n" + inspect_text::Spaces(indentation_ + 2);
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t newline = text.find(u'\n', line_start);
    size_t line_end = newline == std::u16string::npos ? text.size() : newline + 1;
    if (line_start > 0) out += separator;
    out += Stylize(Quote(std::u16string_view(text).substr(line_start, line_end - line_start)),
                   "string");
    line_start = line_end;
  }
  return out + trailer;
}

// With showProxy: `Proxy [ target, handler ]`.
std::string Inspector::FormatProxy(v8::Local<v8::Proxy> proxy, int depth) {
  v8::Local<v8::Value> target = proxy->GetTarget();
  if (!target->IsObject()) return Stylize("<Revoked Proxy>", "special");
  if (depth > options_.depth) return Stylize("Proxy [Array]", "special");
  depth++;
  indentation_ += 2;
  std::vector<std::string> entries = {FormatValue(target, depth),
                                      FormatValue(proxy->GetHandler(), depth)};
  indentation_ -= 2;
  return JoinEntries(Layout(), std::move(entries), "", "Proxy [", "]", EntryList::kArray, depth);
}

// Node lets an object print itself: a method under the registered symbol
// `nodejs.util.inspect.custom` is called with (depth, options, inspect) and
// its result printed instead: a string as it is, anything else inspected.
bool Inspector::CallCustomInspect(v8::Local<v8::Object> object, v8::Local<v8::Object> receiver,
                                  int depth, std::string* out) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> method = Get(object, names_.custom_inspect);
  if (!method->IsFunction()) return false;
  // A prototype that carries the method for its instances prints normally.
  v8::Local<v8::Value> constructor = Get(object, names_.constructor);
  if (constructor->IsObject() &&
      Get(constructor.As<v8::Object>(), names_.prototype)->StrictEquals(object)) {
    return false;
  }
  v8::Local<v8::Value> depth_left =
      options_.depth == InspectOptions::kInfiniteDepth
          ? v8::Null(isolate_).As<v8::Value>()
          : v8::Number::New(isolate_, options_.depth - depth).As<v8::Value>();
  v8::Local<v8::Value> args[] = {depth_left, OptionsForCustomInspect(), options_.inspect_function};
  int argc = options_.inspect_function.IsEmpty() ? 2 : 3;
  v8::Local<v8::Value> result;
  if (!method.As<v8::Function>()->Call(context_, receiver, argc, args).ToLocal(&result)) {
    if (!options_.throw_user_errors) return false;  // print it as if it had no such method
    user_error_.Reset(isolate_, try_catch.Exception());
    return true;
  }
  if (result->StrictEquals(receiver)) return false;
  if (!result->IsString()) {
    *out = FormatValue(result, depth);
  } else {
    *out = IndentLines(inspect_text::ToUtf8(isolate_, result.As<v8::String>()), indentation_);
  }
  return true;
}

// The options argument of a custom inspect method, with Node's names.
v8::Local<v8::Object> Inspector::OptionsForCustomInspect() {
  v8::Local<v8::Object> options = v8::Object::New(isolate_);
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    options->Set(context_, Str(name), value).FromMaybe(false);
  };
  auto number = [&](int value) { return v8::Number::New(isolate_, value).As<v8::Value>(); };
  auto boolean = [&](bool value) { return v8::Boolean::New(isolate_, value).As<v8::Value>(); };
  v8::Local<v8::Function> stylize;
  if (options_.colors && !options_.styles.IsEmpty() && !options_.color_codes.IsEmpty()) {
    v8::Local<v8::Value> tables[] = {options_.styles, options_.color_codes};
    if (v8::Function::New(context_, StylizeWithColor, v8::Array::New(isolate_, tables, 2), 2)
            .ToLocal(&stylize)) {
      set("stylize", stylize);
    }
  } else if (v8::Function::New(context_, ReturnFirstArgument).ToLocal(&stylize)) {
    set("stylize", stylize);
  }
  set("showHidden", boolean(options_.show_hidden));
  set("depth", options_.depth == InspectOptions::kInfiniteDepth ? v8::Null(isolate_).As<v8::Value>()
                                                                : number(options_.depth));
  set("colors", boolean(options_.colors));
  set("customInspect", boolean(options_.custom_inspect));
  set("showProxy", boolean(options_.show_proxy));
  set("maxArrayLength", number(options_.max_array_length));
  set("maxStringLength", number(options_.max_string_length));
  set("breakLength", number(options_.break_length));
  set("compact", options_.compact == 0 ? boolean(false) : number(options_.compact));
  set("sorted", boolean(options_.sorted));
  set("getters", boolean(options_.getters != InspectOptions::Getters::kNone));
  set("numericSeparator", boolean(options_.numeric_separator));
  return options;
}

// ---------------------------------------------------------------------------
// Circular references: an object met again while it is still being
// formatted (it is on `seen_`) prints as [Circular *N], and the object itself
// gets `<ref *N>` in front when its own text is put together.

bool Inspector::IsBeingFormatted(v8::Local<v8::Object> object) const {
  return std::find(seen_.begin(), seen_.end(), object) != seen_.end();
}

std::optional<int> Inspector::CircularIndex(v8::Local<v8::Object> object) const {
  for (size_t i = 0; i < circular_.size(); i++) {
    if (circular_[i] == object) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

std::string Inspector::CircularReference(v8::Local<v8::Object> object) {
  std::optional<int> index = CircularIndex(object);
  if (!index) {
    circular_.emplace_back(isolate_, object);
    index = static_cast<int>(circular_.size());
  }
  return Stylize("[Circular *" + std::to_string(*index) + "]", "special");
}

// ---------------------------------------------------------------------------
// Objects

std::string Inspector::FormatRaw(v8::Local<v8::Object> object, int depth, bool in_typed_array) {
  // With showHidden, values that instances inherit from a user-defined
  // prototype are listed too (they are collected while the constructor name
  // is looked up, as the walk passes those prototypes).
  std::vector<std::string> prototype_properties;
  bool wants_prototype_properties = options_.show_hidden && depth <= options_.depth;
  std::optional<std::string> constructor =
      ConstructorName(object, depth, wants_prototype_properties ? &prototype_properties : nullptr);
  std::string tag = ToStringTag(object);

  Shape shape;
  if (std::optional<std::string> text = Describe(
          object, depth, constructor, tag, !prototype_properties.empty(), in_typed_array, &shape)) {
    return *text;
  }
  if (depth > options_.depth) return ShortName(object, constructor, tag);

  depth++;
  seen_.push_back(object);
  current_depth_ = depth;
  std::vector<std::string> output = FormatEntries(object, depth, &shape);
  for (v8::Local<v8::Name> key : shape.keys) {
    output.push_back(FormatProperty(object, depth, key, PropertyStyle::kKeyAndValue));
  }
  output.insert(output.end(), prototype_properties.begin(), prototype_properties.end());
  if (options_.sorted) SortEntries(&output, shape.keys.size(), shape.list);
  seen_.pop_back();

  if (std::optional<int> index = CircularIndex(object)) {
    std::string reference = Stylize("<ref *" + std::to_string(*index) + ">", "special");
    shape.base = shape.base.empty() ? reference : reference + " " + shape.base;
  }
  bool numeric = shape.list == EntryList::kArray && output.size() > 6 &&
                 ElementsAreNumeric(object, output.size());
  std::string text = JoinEntries(Layout(), std::move(output), shape.base, shape.open, shape.close,
                                 shape.list, depth, numeric);

  size_t& budget = budget_[indentation_];
  budget += Utf16Length(text);
  if (budget > kOutputBudget) options_.depth = -1;
  return text;
}

std::optional<std::string> Inspector::Describe(v8::Local<v8::Object> object, int depth,
                                               const std::optional<std::string>& constructor,
                                               const std::string& tag,
                                               bool has_prototype_properties, bool in_typed_array,
                                               Shape* shape) {
  // Arrays, Maps, Sets, typed arrays and their iterators are recognised even
  // when their prototype was swapped, as long as they are iterable (or have
  // no prototype at all).
  bool list_like = false;
  if (!constructor || Has(object, v8::Symbol::GetIterator(isolate_))) {
    list_like = object->IsArray() || object->IsSet() || object->IsMap() || object->IsTypedArray() ||
                object->IsMapIterator() || object->IsSetIterator();
  }
  if (list_like) {
    return DescribeListLike(object, constructor, tag, has_prototype_properties, shape);
  }
  return DescribeOther(object, depth, constructor, tag, has_prototype_properties, in_typed_array,
                       shape);
}

std::optional<std::string> Inspector::DescribeListLike(
    v8::Local<v8::Object> object, const std::optional<std::string>& constructor,
    const std::string& tag, bool has_prototype_properties, Shape* shape) {
  auto size_text = [](size_t size) { return "(" + std::to_string(size) + ")"; };
  if (object->IsArray()) {
    uint32_t length = object.As<v8::Array>()->Length();
    // A plain array has no prefix; a subclass says `Foo(2) [`.
    std::string prefix = (constructor != "Array" || !tag.empty())
                             ? GetPrefix(constructor, tag, "Array", size_text(length))
                             : "";
    shape->keys = NonIndexKeys(object);
    shape->open = prefix + "[";
    shape->close = "]";
    if (length == 0 && shape->keys.empty() && !has_prototype_properties) return shape->open + "]";
    shape->entries = Entries::kArray;
    shape->list = EntryList::kArray;
  } else if (object->IsSet() || object->IsMap()) {
    bool is_set = object->IsSet();
    size_t size = is_set ? object.As<v8::Set>()->Size() : object.As<v8::Map>()->Size();
    std::string prefix = GetPrefix(constructor, tag, is_set ? "Set" : "Map", size_text(size));
    shape->keys = Keys(object);
    if (size == 0 && shape->keys.empty() && !has_prototype_properties) return prefix + "{}";
    shape->open = prefix + "{";
    shape->entries = is_set ? Entries::kSet : Entries::kMap;
  } else if (object->IsTypedArray()) {
    size_t length = object.As<v8::TypedArray>()->Length();
    std::string fallback = constructor ? "" : TypedArrayName(object);
    shape->keys = NonIndexKeys(object);
    shape->open = GetPrefix(constructor, tag, fallback, size_text(length)) + "[";
    shape->close = "]";
    if (length == 0 && shape->keys.empty() && !options_.show_hidden) return shape->open + "]";
    shape->entries = Entries::kTypedArray;
    shape->list = EntryList::kArray;
  } else {
    shape->keys = Keys(object);
    shape->open = IteratorBraces(object->IsMapIterator() ? "Map" : "Set", tag);
    shape->entries = Entries::kIterator;
  }
  return std::nullopt;
}

std::optional<std::string> Inspector::DescribeOther(v8::Local<v8::Object> object, int depth,
                                                    const std::optional<std::string>& constructor,
                                                    const std::string& tag,
                                                    bool has_prototype_properties,
                                                    bool in_typed_array, Shape* shape) {
  shape->keys = Keys(object);
  auto nothing_more = [&] { return shape->keys.empty() && !has_prototype_properties; };

  if (object->IsFunction()) {
    shape->base = FunctionBase(object.As<v8::Function>(), constructor, tag);
    if (nothing_more()) return Stylize(shape->base, "special");
  } else if (constructor == "Object") {
    if (object->IsArgumentsObject()) {
      shape->open = "[Arguments] {";
    } else if (!tag.empty()) {
      shape->open = GetPrefix(constructor, tag, "Object") + "{";
    }
    if (nothing_more()) return shape->open + "}";
  } else if (object->IsRegExp()) {
    shape->base = RegExpBase(object.As<v8::RegExp>());
    std::string prefix = GetPrefix(constructor, tag, "RegExp");
    if (prefix != "RegExp ") shape->base = prefix + shape->base;
    if (nothing_more() || depth > options_.depth) return Stylize(shape->base, "regexp");
  } else if (object->IsDate()) {
    shape->base = DateBase(object.As<v8::Date>());
    std::string prefix = GetPrefix(constructor, tag, "Date");
    if (prefix != "Date ") shape->base = prefix + shape->base;
    if (nothing_more()) return Stylize(shape->base, "date");
  } else if (IsError(object)) {
    shape->base = ErrorBase(object, constructor, tag, &shape->keys);
    if (nothing_more()) return shape->base;
  } else if (object->IsArrayBuffer() || object->IsSharedArrayBuffer()) {
    std::string prefix =
        GetPrefix(constructor, tag, object->IsArrayBuffer() ? "ArrayBuffer" : "SharedArrayBuffer");
    if (!in_typed_array) {
      shape->entries = Entries::kArrayBufferBytes;
    } else if (nothing_more()) {
      // The [buffer] of a typed array: its bytes are the array's elements.
      return prefix + "{ byteLength: " + FormatPrimitive(Get(object, "byteLength")) + " }";
    }
    shape->open = prefix + "{";
    shape->keys.insert(shape->keys.begin(), Str("byteLength"));
  } else if (object->IsDataView()) {
    shape->open = GetPrefix(constructor, tag, "DataView") + "{";
    shape->keys.insert(shape->keys.begin(), {Str("byteLength"), Str("byteOffset"), Str("buffer")});
  } else if (object->IsPromise()) {
    shape->open = GetPrefix(constructor, tag, "Promise") + "{";
    shape->entries = Entries::kPromise;
  } else if (object->IsWeakSet()) {
    shape->open = GetPrefix(constructor, tag, "WeakSet") + "{";
    shape->entries = options_.show_hidden ? Entries::kWeakSet : Entries::kWeakUnknown;
  } else if (object->IsWeakMap()) {
    shape->open = GetPrefix(constructor, tag, "WeakMap") + "{";
    shape->entries = options_.show_hidden ? Entries::kWeakMap : Entries::kWeakUnknown;
  } else if (object->IsModuleNamespaceObject()) {
    shape->open = GetPrefix(constructor, tag, "Module") + "{";
  } else if (IsBoxedPrimitive(object)) {
    shape->base = BoxedPrimitiveBase(object, constructor, tag, &shape->keys);
    if (nothing_more()) return shape->base;
  } else {
    if (nothing_more()) return Prefix(object, constructor, tag) + "{}";
    shape->open = Prefix(object, constructor, tag) + "{";
  }
  return std::nullopt;
}

std::vector<std::string> Inspector::FormatEntries(v8::Local<v8::Object> object, int depth,
                                                  Shape* shape) {
  switch (shape->entries) {
    case Entries::kNone:
      return {};
    case Entries::kArray:
      return FormatArrayElements(object.As<v8::Array>(), depth);
    case Entries::kTypedArray:
      return FormatTypedArrayElements(object.As<v8::TypedArray>(), depth);
    case Entries::kSet:
      return FormatSetEntries(object.As<v8::Set>(), depth);
    case Entries::kMap:
      return FormatMapEntries(object.As<v8::Map>(), depth);
    case Entries::kIterator:
      return FormatIteratorEntries(object, depth, shape);
    case Entries::kArrayBufferBytes:
      return FormatArrayBufferBytes(object);
    case Entries::kPromise:
      return FormatPromiseState(object.As<v8::Promise>(), depth);
    case Entries::kWeakUnknown:
      return {Stylize("<items unknown>", "special")};
    case Entries::kWeakSet:
      return FormatWeakEntries(object, depth, /*key_value=*/false);
    case Entries::kWeakMap:
      return FormatWeakEntries(object, depth, /*key_value=*/true);
  }
  return {};
}

void Inspector::SortEntries(std::vector<std::string>* output, size_t keys, EntryList list) {
  auto first = output->begin();
  if (list == EntryList::kArray) {
    if (keys < 2) return;
    first = output->end() - static_cast<std::ptrdiff_t>(keys);
  }
  if (options_.sort_compare.IsEmpty()) {
    std::stable_sort(first, output->end());  // UTF-8 bytes: the order of code points
    return;
  }
  // A comparator from JavaScript: a negative result puts `a` first. An
  // exception stops the comparisons (the order is then unspecified).
  v8::TryCatch try_catch(isolate_);
  std::stable_sort(first, output->end(), [&](const std::string& a, const std::string& b) {
    if (try_catch.HasCaught()) return false;
    auto string = [&](const std::string& text) -> v8::Local<v8::Value> {
      return v8::String::NewFromUtf8(isolate_, text.data(), v8::NewStringType::kNormal,
                                     static_cast<int>(text.size()))
          .ToLocalChecked();
    };
    v8::Local<v8::Value> args[] = {string(a), string(b)};
    v8::Local<v8::Value> result;
    if (!options_.sort_compare->Call(context_, v8::Undefined(isolate_), 2, args).ToLocal(&result)) {
      return false;
    }
    return result->NumberValue(context_).FromMaybe(0) < 0;
  });
}

// What an object deeper than `depth` prints as: [Object], [Array], [Foo].
std::string Inspector::ShortName(v8::Local<v8::Object> object,
                                 const std::optional<std::string>& constructor,
                                 const std::string& tag) {
  std::string name = Prefix(object, constructor, tag);
  name.pop_back();  // the space before the braces
  return Stylize(constructor ? "[" + name + "]" : name, "special");
}

LayoutState Inspector::Layout() const {
  LayoutState state;
  state.indentation = indentation_;
  state.break_length = options_.break_length;
  state.compact = options_.compact;
  state.max_array_length = options_.max_array_length;
  state.current_depth = current_depth_;
  state.colors = options_.colors;
  return state;
}

}  // namespace engine
