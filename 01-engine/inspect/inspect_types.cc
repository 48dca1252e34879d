/// \file
/// How util.inspect shows each built-in kind of object: the text before the
/// braces (`[Function: f]`, `[class A extends B]`, `/re/g`, a date,
/// `[Number: 3]`) and the entries inside them (array elements and holes,
/// typed array numbers, ArrayBuffer bytes, Map and Set items, iterator
/// previews, a promise's state).
///
/// V8 gives C++ direct access to the internal state JavaScript cannot see
/// (a Map's entries, a promise's result, a Proxy's target, what an iterator
/// would yield) without running any JavaScript; Node reads the same state
/// through its `internalBinding('util')`.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "inspect/inspect_text.h"
#include "inspect/inspector.h"

namespace engine {
namespace {

std::string MoreItems(size_t count) {
  return "... " + std::to_string(count) + " more item" + (count > 1 ? "s" : "");
}

std::string EmptyItems(uint64_t count) {
  return "<" + std::to_string(count) + " empty item" + (count > 1 ? "s" : "") + ">";
}

// How many of `length` entries are shown when at most `max_length` may be.
size_t Shown(int max_length, size_t length) {
  return std::min(static_cast<size_t>(std::max(0, max_length)), length);
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool IsJsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Drops `// ...\n` and `/* ... */` comments, for the class test below.
std::string WithoutComments(const std::string& source) {
  std::string out;
  size_t i = 0;
  while (i < source.size()) {
    if (source.compare(i, 2, "//") == 0) {
      size_t end = source.find('\n', i);
      if (end != std::string::npos) {
        i = end + 1;
        continue;
      }
    } else if (source.compare(i, 2, "/*") == 0) {
      size_t end = source.find("*/", i + 2);
      if (end != std::string::npos) {
        i = end + 2;
        continue;
      }
    }
    out += source[i++];
  }
  return out;
}

// Whether a function's source text is a class. Function.prototype.toString
// is the only way to tell: a class is a function to V8's API. Node's test:
// the text is `class ... { ... }`, and before the first `{` there is no `(`
// (outside comments) that would make it a method or a function.
bool IsClassSource(const std::string& source) {
  if (!StartsWith(source, "class") || source.back() != '}') return false;
  std::string between = source.substr(5, source.size() - 6);
  size_t brace = between.find('{');
  if (brace == std::string::npos) return false;
  if (between.substr(0, brace).find('(') == std::string::npos) return true;
  std::string stripped = WithoutComments(between);
  if (stripped.empty() || !IsJsSpace(stripped[0])) return false;
  size_t stripped_brace = stripped.find('{');
  return stripped_brace != std::string::npos && stripped.find('(') > stripped_brace;
}

// Days since 1970-01-01 to a calendar date (proleptic Gregorian).
void CivilFromDays(int64_t days, int64_t* year, int* month, int* day) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t month_index = (5 * day_of_year + 2) / 153;
  *day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  *month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  *year = year_of_era + era * 400 + (*month <= 2 ? 1 : 0);
}

// Date.prototype.toISOString: 2024-01-31T12:00:00.000Z, with a sign and six
// digits for years outside 0..9999.
std::string IsoDate(double time) {
  const int64_t kMsPerDay = 86400000;
  int64_t ms = static_cast<int64_t>(time);
  int64_t days = ms / kMsPerDay - (ms % kMsPerDay < 0 ? 1 : 0);
  int64_t ms_of_day = ms - days * kMsPerDay;
  int64_t year;
  int month, day;
  CivilFromDays(days, &year, &month, &day);
  char year_text[32];
  if (year >= 0 && year <= 9999) {
    std::snprintf(year_text, sizeof year_text, "%04lld", static_cast<long long>(year));
  } else {
    std::snprintf(year_text, sizeof year_text, "%c%06lld", year < 0 ? '-' : '+',
                  static_cast<long long>(year < 0 ? -year : year));
  }
  char text[64];
  std::snprintf(text, sizeof text, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", year_text, month, day,
                static_cast<int>(ms_of_day / 3600000), static_cast<int>(ms_of_day / 60000 % 60),
                static_cast<int>(ms_of_day / 1000 % 60), static_cast<int>(ms_of_day % 1000));
  return text;
}

// Whether `key` is written like an array index: 0, or digits without a
// leading zero (Node's numberRegExp).
bool IsIndexText(const std::string& key) {
  if (key.empty() || (key.size() > 1 && key[0] == '0')) return false;
  return std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// ---------------------------------------------------------------------------
// Functions and classes

// `[Function: f]`, `[Function (anonymous)]`, `[AsyncGeneratorFunction: g]`,
// or for a class `[class A extends B]`.
std::string Inspector::FunctionBase(v8::Local<v8::Function> function,
                                    const std::optional<std::string>& constructor,
                                    const std::string& tag) {
  {
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::String> source;
    if (function->FunctionProtoToString(context_).ToLocal(&source) &&
        IsClassSource(inspect_text::ToUtf8(isolate_, source))) {
      return ClassBase(function, constructor, tag);
    }
  }
  std::string type = "Function";
  if (function->IsGeneratorFunction()) type = "Generator" + type;
  if (function->IsAsyncFunction()) type = "Async" + type;

  std::string base = "[" + type;
  if (!constructor) base += " (null prototype)";
  v8::Local<v8::Value> name = Get(function, names_.name);
  if (name->IsString() && name.As<v8::String>()->Length() == 0) {
    base += " (anonymous)";
  } else {
    base += ": " + ToText(name);
  }
  base += "]";
  if (constructor && *constructor != type) base += " " + *constructor;
  if (!tag.empty() && constructor != tag) base += " [" + tag + "]";
  return base;
}

std::string Inspector::ClassBase(v8::Local<v8::Function> function,
                                 const std::optional<std::string>& constructor,
                                 const std::string& tag) {
  v8::Local<v8::Value> name = HasOwn(function, names_.name)
                                  ? Get(function, names_.name)
                                  : v8::Undefined(isolate_).As<v8::Value>();
  std::string base = "class " + (name->BooleanValue(isolate_) ? ToText(name) : "(anonymous)");
  if (constructor && *constructor != "Function") base += " [" + *constructor + "]";
  if (!tag.empty() && constructor != tag) base += " [" + tag + "]";
  if (constructor) {
    // `class B extends A`: B's prototype is A.
    v8::Local<v8::Value> parent = function->GetPrototype();
    if (parent->IsObject()) {
      v8::Local<v8::Value> parent_name = Get(parent.As<v8::Object>(), "name");
      if (parent_name->BooleanValue(isolate_)) base += " extends " + ToText(parent_name);
    }
  } else {
    base += " extends [null prototype]";
  }
  return "[" + base + "]";
}

// ---------------------------------------------------------------------------
// RegExp, Date, boxed primitives

std::string Inspector::RegExpBase(v8::Local<v8::RegExp> regexp) {
  std::string text = "/" + inspect_text::ToUtf8(isolate_, regexp->GetSource()) + "/";
  // The order of RegExp.prototype.flags.
  const std::pair<v8::RegExp::Flags, char> kFlags[] = {
      {v8::RegExp::kHasIndices, 'd'}, {v8::RegExp::kGlobal, 'g'},    {v8::RegExp::kIgnoreCase, 'i'},
      {v8::RegExp::kLinear, 'l'},     {v8::RegExp::kMultiline, 'm'}, {v8::RegExp::kDotAll, 's'},
      {v8::RegExp::kUnicode, 'u'},    {v8::RegExp::kSticky, 'y'},
  };
  v8::RegExp::Flags flags = regexp->GetFlags();
  for (const auto& [flag, letter] : kFlags) {
    if (flags & flag) text += letter;
  }
  return text;
}

std::string Inspector::DateBase(v8::Local<v8::Date> date) {
  double time = date->ValueOf();
  return std::isnan(time) ? "Invalid Date" : IsoDate(time);
}

// `[Number: 3]`, `[String: 'x']`, `[Boolean: true]`, `[BigInt: 1n]`,
// `[Symbol: Symbol(a)]`; a subclass adds its name: `[Number (Foo): 3]`.
std::string Inspector::BoxedPrimitiveBase(v8::Local<v8::Object> object,
                                          const std::optional<std::string>& constructor,
                                          const std::string& tag,
                                          std::vector<v8::Local<v8::Name>>* keys) {
  std::string type;
  std::string value;
  // The value inside is never coloured; the whole base is, when alone.
  bool colors = options_.colors;
  options_.colors = false;
  if (object->IsNumberObject()) {
    type = "Number";
    value = FormatPrimitive(v8::Number::New(isolate_, object.As<v8::NumberObject>()->ValueOf()));
  } else if (object->IsStringObject()) {
    type = "String";
    v8::Local<v8::String> string = object.As<v8::StringObject>()->ValueOf();
    value = FormatString(string);
    // A String object's characters are also its index properties: do not
    // list them a second time.
    size_t indices = std::min(keys->size(), static_cast<size_t>(string->Length()));
    keys->erase(keys->begin(), keys->begin() + indices);
  } else if (object->IsBooleanObject()) {
    type = "Boolean";
    value = object.As<v8::BooleanObject>()->ValueOf() ? "true" : "false";
  } else if (object->IsBigIntObject()) {
    type = "BigInt";
    value = FormatPrimitive(object.As<v8::BigIntObject>()->ValueOf());
  } else {
    type = "Symbol";
    value = SymbolToString(isolate_, object.As<v8::SymbolObject>()->ValueOf());
  }
  std::string base = "[" + type;
  if (constructor != type) base += constructor ? " (" + *constructor + ")" : " (null prototype)";
  base += ": " + value + "]";
  if (!tag.empty() && constructor != tag) base += " [" + tag + "]";
  options_.colors = colors;
  if (!keys->empty()) return base;
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return Stylize(base, type.c_str());
}

// ---------------------------------------------------------------------------
// Arrays

std::vector<std::string> Inspector::FormatArrayElements(v8::Local<v8::Array> array, int depth) {
  uint32_t length = array->Length();
  size_t shown = Shown(options_.max_array_length, length);
  std::vector<std::string> output;
  output.reserve(shown + 1);
  for (uint32_t i = 0; i < shown; i++) {
    v8::TryCatch try_catch(isolate_);
    if (!array->HasOwnProperty(context_, i).FromMaybe(false)) {
      return FormatSparseArrayElements(array, depth, shown, std::move(output), i);
    }
    // Property keys are names: V8 keeps the strings of small numbers cached.
    v8::Local<v8::String> key;
    if (!v8::Integer::NewFromUnsigned(isolate_, i)->ToString(context_).ToLocal(&key)) break;
    output.push_back(FormatProperty(array, depth, key, PropertyStyle::kValueOnly));
  }
  if (length > shown) output.push_back(MoreItems(length - shown));
  return output;
}

// An array with holes: runs of missing indices print as `<3 empty items>`.
// The walk goes over the keys that do exist, from the first hole on.
std::vector<std::string> Inspector::FormatSparseArrayElements(v8::Local<v8::Array> array, int depth,
                                                              size_t shown,
                                                              std::vector<std::string> output,
                                                              uint32_t first_hole) {
  const double kMaxIndex = 4294967294.0;  // 2^32 - 2
  std::vector<v8::Local<v8::Name>> keys =
      Keys(array, static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS));
  uint64_t index = first_hole;
  for (size_t k = first_hole; k < keys.size() && output.size() < shown; k++) {
    std::string key = ToText(keys[k]);
    if (key != std::to_string(index)) {
      if (!IsIndexText(key) || std::stod(key) > kMaxIndex) break;  // past the elements
      uint64_t next = static_cast<uint64_t>(std::stod(key));
      output.push_back(Stylize(EmptyItems(next - index), "undefined"));
      index = next;
      if (output.size() == shown) break;
    }
    output.push_back(FormatProperty(array, depth, keys[k], PropertyStyle::kValueOnly));
    index++;
  }
  uint64_t length = array->Length();
  if (length > index) {
    uint64_t remaining = length - index;
    output.push_back(output.size() != shown ? Stylize(EmptyItems(remaining), "undefined")
                                            : MoreItems(remaining));
  }
  return output;
}

std::vector<std::string> Inspector::FormatTypedArrayElements(v8::Local<v8::TypedArray> array,
                                                             int depth) {
  size_t length = array->Length();
  size_t shown = Shown(options_.max_array_length, length);
  std::vector<std::string> output;
  output.reserve(shown + 6);
  for (size_t i = 0; i < shown; i++) {
    v8::Local<v8::Value> element;
    if (!array->Get(context_, static_cast<uint32_t>(i)).ToLocal(&element)) break;
    output.push_back(FormatPrimitive(element));
  }
  if (length > shown) output.push_back(MoreItems(length - shown));
  if (options_.show_hidden) {
    // The getters every typed array has, with the buffer in its short form.
    indentation_ += 2;
    for (const char* key : {"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"}) {
      output.push_back(std::string("[") + key +
                       "]: " + FormatValue(Get(array, key), depth, /*in_typed_array=*/true));
    }
    indentation_ -= 2;
  }
  return output;
}

// `[Uint8Contents]: <00 ff 10>`, the bytes in hex.
std::vector<std::string> Inspector::FormatArrayBufferBytes(v8::Local<v8::Object> buffer) {
  const unsigned char* bytes;
  size_t length;
  if (buffer->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> array_buffer = buffer.As<v8::ArrayBuffer>();
    if (array_buffer->WasDetached()) return {Stylize("(detached)", "special")};
    bytes = static_cast<const unsigned char*>(array_buffer->Data());
    length = array_buffer->ByteLength();
  } else {
    v8::Local<v8::SharedArrayBuffer> shared = buffer.As<v8::SharedArrayBuffer>();
    bytes = static_cast<const unsigned char*>(shared->Data());
    length = shared->ByteLength();
  }
  size_t shown = Shown(options_.max_array_length, length);
  std::string hex;
  hex.reserve(shown * 3);
  for (size_t i = 0; i < shown; i++) {
    char digits[4];
    std::snprintf(digits, sizeof digits, "%02x", bytes[i]);
    if (i > 0) hex += ' ';
    hex += digits;
  }
  if (length > shown) {
    size_t remaining = length - shown;
    hex += " ... " + std::to_string(remaining) + " more byte" + (remaining > 1 ? "s" : "");
  }
  return {Stylize("[Uint8Contents]", "special") + ": <" + hex + ">"};
}

// ---------------------------------------------------------------------------
// Map, Set, their iterators, WeakMap, WeakSet

std::vector<std::string> Inspector::FormatSetEntries(v8::Local<v8::Set> set, int depth) {
  return FormatValueList(set->AsArray(), depth, /*sort=*/false);
}

std::vector<std::string> Inspector::FormatMapEntries(v8::Local<v8::Map> map, int depth) {
  return FormatKeyValueList(map->AsArray(), depth, /*as_arrows=*/true, /*sort=*/false);
}

// What an iterator would still yield, read without advancing it. An
// `entries()` iterator yields pairs: `[Map Entries] { [ 'a', 1 ] }`.
std::vector<std::string> Inspector::FormatIteratorEntries(v8::Local<v8::Object> iterator, int depth,
                                                          Shape* shape) {
  bool key_value = false;
  v8::Local<v8::Array> entries;
  if (!iterator->PreviewEntries(&key_value).ToLocal(&entries)) return {};
  if (!key_value) return FormatValueList(entries, depth, /*sort=*/false);
  const std::string kIteratorEnd = " Iterator] {";
  if (shape->open.size() >= kIteratorEnd.size() &&
      shape->open.compare(shape->open.size() - kIteratorEnd.size(), kIteratorEnd.size(),
                          kIteratorEnd) == 0) {
    shape->open.replace(shape->open.size() - kIteratorEnd.size(), kIteratorEnd.size(),
                        " Entries] {");
  }
  return FormatKeyValueList(entries, depth, /*as_arrows=*/false, /*sort=*/false);
}

// With showHidden the live entries of a WeakMap or WeakSet, sorted: their
// order says nothing, and sorting keeps the output stable.
std::vector<std::string> Inspector::FormatWeakEntries(v8::Local<v8::Object> collection, int depth,
                                                      bool key_value) {
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (!collection->PreviewEntries(&is_key_value).ToLocal(&entries)) return {};
  if (key_value) return FormatKeyValueList(entries, depth, /*as_arrows=*/true, /*sort=*/true);
  return FormatValueList(entries, depth, /*sort=*/true);
}

std::vector<std::string> Inspector::FormatValueList(v8::Local<v8::Array> values, int depth,
                                                    bool sort) {
  size_t count = values->Length();
  size_t shown = Shown(options_.max_array_length, count);
  std::vector<std::string> output;
  output.reserve(shown + 1);
  indentation_ += 2;
  for (size_t i = 0; i < shown; i++) {
    v8::Local<v8::Value> value;
    if (!values->Get(context_, static_cast<uint32_t>(i)).ToLocal(&value)) break;
    output.push_back(FormatValue(value, depth));
  }
  indentation_ -= 2;
  if (sort) std::sort(output.begin(), output.end());
  if (count > shown) output.push_back(MoreItems(count - shown));
  return output;
}

// `pairs` holds keys and values alternately. Map entries print as
// `key => value`; iterator entries as two-element arrays `[ key, value ]`.
std::vector<std::string> Inspector::FormatKeyValueList(v8::Local<v8::Array> pairs, int depth,
                                                       bool as_arrows, bool sort) {
  size_t count = pairs->Length() / 2;
  size_t shown = Shown(options_.max_array_length, count);
  std::vector<std::string> output;
  output.reserve(shown + 1);
  indentation_ += 2;
  for (size_t i = 0; i < shown; i++) {
    v8::Local<v8::Value> key, value;
    if (!pairs->Get(context_, static_cast<uint32_t>(2 * i)).ToLocal(&key) ||
        !pairs->Get(context_, static_cast<uint32_t>(2 * i + 1)).ToLocal(&value)) {
      break;
    }
    std::string key_text = FormatValue(key, depth);
    std::string value_text = FormatValue(value, depth);
    if (as_arrows) {
      output.push_back(key_text + " => " + value_text);
    } else {
      output.push_back(
          JoinEntries(Layout(), {key_text, value_text}, "", "[", "]", EntryList::kArray, depth));
    }
  }
  indentation_ -= 2;
  if (sort) std::sort(output.begin(), output.end());
  if (count > shown) output.push_back(MoreItems(count - shown));
  return output;
}

// ---------------------------------------------------------------------------
// Promises

// `Promise { 1 }`, `Promise { <pending> }`, `Promise { <rejected> Error... }`:
// the state is read from V8, without attaching a handler.
std::vector<std::string> Inspector::FormatPromiseState(v8::Local<v8::Promise> promise, int depth) {
  v8::Promise::PromiseState state = promise->State();
  if (state == v8::Promise::kPending) return {Stylize("<pending>", "special")};
  indentation_ += 2;
  std::string result = FormatValue(promise->Result(), depth);
  indentation_ -= 2;
  return {state == v8::Promise::kRejected ? Stylize("<rejected>", "special") + " " + result
                                          : result};
}

}  // namespace engine
