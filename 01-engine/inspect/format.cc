/// \file
/// util.format (Node's formatWithOptions): what console.log does with its
/// arguments.
///
/// When the first argument is a string, it is a format: each `%` and the
/// character after it may take the next argument.
///
///     %s  String(arg); numbers as inspect shows them (-0), bigints as `1n`;
///         objects without their own toString are inspected, depth 0
///     %d  Number(arg)           %i  parseInt(arg)     %f  parseFloat(arg)
///     %j  JSON.stringify(arg), `[Circular]` for a circular structure
///     %o  inspect with showHidden, showProxy and depth 4
///     %O  inspect               %c  CSS for browsers: consumed, not printed
///     %%  a single `%` (only when there are arguments to format)
///
/// Any other `%x`, or a `%` with no argument left, stays as it is. The
/// arguments left over follow, separated by spaces: strings as they are,
/// anything else inspected. A first argument that is not a string is not a
/// format: then every argument is simply printed that way.
///
/// Some specifiers run user code (a toString, a valueOf, a toJSON, a custom
/// inspect method). Node lets an exception from it escape util.format; here
/// that happens only with InspectOptions::throw_user_errors (util.format in
/// stage 05). Otherwise it is caught, so that a native caller such as stage
/// 01's console.log never sees a pending exception, and the argument is
/// printed as inspect shows it instead.

#include <cmath>
#include <cstdlib>
#include <string>

#include "inspect/inspect.h"
#include "inspect/inspect_text.h"
#include "inspect/inspector.h"

namespace engine {
namespace {

// The white space that parseInt and parseFloat skip (JavaScript's
// WhiteSpace and LineTerminator characters).
bool IsJsWhiteSpace(char16_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

std::u16string_view SkipWhiteSpace(std::u16string_view text) {
  size_t start = 0;
  while (start < text.size() && IsJsWhiteSpace(text[start])) start++;
  return text.substr(start);
}

int DigitValue(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// The global parseInt(text) with no radix: optional sign, "0x" for hex,
// then as many digits as there are. NaN if there are none.
double ParseInt(std::u16string_view text) {
  text = SkipWhiteSpace(text);
  double sign = 1;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    if (text[0] == '-') sign = -1;
    text.remove_prefix(1);
  }
  int radix = 10;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    radix = 16;
    text.remove_prefix(2);
  }
  size_t end = 0;
  while (end < text.size() && DigitValue(text[end]) < radix) end++;
  if (end == 0) return NAN;
  if (radix == 10) {
    // strtod rounds a long digit string correctly, as JavaScript does.
    std::string digits(text.begin(), text.begin() + end);
    return sign * std::strtod(digits.c_str(), nullptr);
  }
  double value = 0;
  for (size_t i = 0; i < end; i++) value = value * radix + DigitValue(text[i]);
  return sign * value;
}

// The global parseFloat(text): the longest prefix that is a decimal number
// (or Infinity). NaN if there is none.
double ParseFloat(std::u16string_view text) {
  text = SkipWhiteSpace(text);
  std::string literal;
  size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+'))
    literal += static_cast<char>(text[i++]);
  if (text.substr(i, 8) == u"Infinity") return literal == "-" ? -INFINITY : INFINITY;
  auto take_digits = [&] {
    size_t count = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      literal += static_cast<char>(text[i++]);
      count++;
    }
    return count;
  };
  size_t digits = take_digits();
  if (i < text.size() && text[i] == '.') {
    literal += '.';
    i++;
    digits += take_digits();
  }
  if (digits == 0) return NAN;
  // An exponent counts only if digits follow it: parseFloat("1e") is 1.
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    size_t exponent_start = i;
    std::string mantissa = literal;
    literal += 'e';
    i++;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
      literal += static_cast<char>(text[i++]);
    if (take_digits() == 0) {
      literal = mantissa;
      i = exponent_start;
    }
  }
  return std::strtod(literal.c_str(), nullptr);
}

class Formatter {
 public:
  Formatter(v8::Local<v8::Context> context, const InspectOptions& options)
      : context_(context), isolate_(context->GetIsolate()), options_(options) {}

  std::string Format(const std::vector<v8::Local<v8::Value>>& args);

  /// The user code's exception that stopped Format (only with
  /// throw_user_errors), or an empty handle.
  v8::Local<v8::Value> UserError() const { return user_error_.Get(isolate_); }

 private:
  std::string Show(v8::Local<v8::Value> arg) { return Show(arg, options_); }
  /// What %s, %d and %i show is never coloured, even with colors on.
  std::string ShowPlain(v8::Local<v8::Value> arg) {
    InspectOptions options = options_;
    options.colors = false;
    return Show(arg, options);
  }
  std::string Show(v8::Local<v8::Value> arg, const InspectOptions& options);
  void Fail(const v8::TryCatch& try_catch);
  std::string Specifier(char letter, v8::Local<v8::Value> arg);
  std::string AsString(v8::Local<v8::Value> arg);
  std::string AsNumber(v8::Local<v8::Value> arg);
  std::string AsInteger(v8::Local<v8::Value> arg);
  std::string AsFloat(v8::Local<v8::Value> arg);
  std::string AsJson(v8::Local<v8::Value> arg);
  bool HasBuiltInToString(v8::Local<v8::Object> object);
  std::u16string TextOf(v8::Local<v8::Value> arg, bool* ok);
  std::string Utf8(v8::Local<v8::String> string) { return inspect_text::ToUtf8(isolate_, string); }
  v8::Local<v8::String> Str(const char* text) {
    return v8::String::NewFromUtf8(isolate_, text, v8::NewStringType::kInternalized)
        .ToLocalChecked();
  }
  std::string Number(double value) {
    return options_.numeric_separator ? FormatNumberWithSeparators(context_, value)
                                      : FormatNumber(context_, value);
  }

  v8::Local<v8::Context> context_;
  v8::Isolate* isolate_;
  InspectOptions options_;
  v8::Global<v8::Value> user_error_;
};

bool IsSpecifier(char c) {
  return c == 's' || c == 'j' || c == 'd' || c == 'O' || c == 'o' || c == 'i' || c == 'f' ||
         c == 'c';
}

std::string Formatter::Format(const std::vector<v8::Local<v8::Value>>& args) {
  std::string out;
  size_t next_arg = 0;
  const char* separator = "";

  if (!args.empty() && args[0]->IsString()) {
    std::string format = Utf8(args[0].As<v8::String>());
    if (args.size() == 1) return format;
    // Scan for `%`: `copied` is where the text not yet copied to `out`
    // starts. `next_arg` is the last argument used so far.
    size_t copied = 0;
    for (size_t i = 0; i + 1 < format.size(); i++) {
      if (format[i] != '%') continue;
      char letter = format[++i];
      bool args_left = next_arg + 1 < args.size();
      if (args_left && IsSpecifier(letter)) {
        out.append(format, copied, i - 1 - copied);
        out += Specifier(letter, args[++next_arg]);
        if (!user_error_.IsEmpty()) return "";
        copied = i + 1;
      } else if (letter == '%') {
        out.append(format, copied, i - copied);  // keeps the first `%`
        copied = i + 1;
      }
    }
    if (copied != 0) {
      // The format was used: the arguments left over follow it.
      next_arg++;
      separator = " ";
      out.append(format, copied, std::string::npos);
    }
  }

  for (; next_arg < args.size(); next_arg++) {
    out += separator;
    v8::Local<v8::Value> arg = args[next_arg];
    out += arg->IsString() ? Utf8(arg.As<v8::String>()) : Show(arg);
    if (!user_error_.IsEmpty()) return "";
    separator = " ";
  }
  return out;
}

std::string Formatter::Specifier(char letter, v8::Local<v8::Value> arg) {
  switch (letter) {
    case 's':
      return AsString(arg);
    case 'j':
      return AsJson(arg);
    case 'd':
      return AsNumber(arg);
    case 'O':
      return Show(arg);
    case 'o': {
      InspectOptions options = options_;
      options.show_hidden = true;
      options.show_proxy = true;
      options.depth = 4;
      return Show(arg, options);
    }
    case 'i':
      return AsInteger(arg);
    case 'f':
      return AsFloat(arg);
    case 'c':
      return "";
  }
  return "";
}

std::string Formatter::AsString(v8::Local<v8::Value> arg) {
  if (arg->IsNumber()) return Number(arg.As<v8::Number>()->Value());
  if (arg->IsBigInt() || arg->IsSymbol()) return ShowPlain(arg);
  // (A function is not an object to `typeof`: String(f) is its source.)
  if (arg->IsObject() && !arg->IsFunction() && HasBuiltInToString(arg.As<v8::Object>())) {
    InspectOptions options = options_;
    options.depth = 0;
    options.colors = false;
    return Show(arg, options);
  }
  bool ok;
  std::u16string text = TextOf(arg, &ok);
  return ok ? inspect_text::Utf16ToUtf8(text) : ShowPlain(arg);
}

std::string Formatter::AsNumber(v8::Local<v8::Value> arg) {
  if (arg->IsBigInt()) return ShowPlain(arg);
  if (arg->IsSymbol()) return "NaN";
  v8::TryCatch try_catch(isolate_);
  if (arg->IsBigIntObject()) {
    // Number(Object(5n)) unwraps the bigint and converts it to the nearest
    // double, which strtod finds from the decimal digits.
    v8::Local<v8::String> digits;
    if (!arg.As<v8::BigIntObject>()->ValueOf()->ToString(context_).ToLocal(&digits)) return "NaN";
    return Number(std::strtod(Utf8(digits).c_str(), nullptr));
  }
  v8::Local<v8::Number> number;
  if (!arg->ToNumber(context_).ToLocal(&number)) {
    Fail(try_catch);
    return "NaN";
  }
  return Number(number->Value());
}

std::string Formatter::AsInteger(v8::Local<v8::Value> arg) {
  if (arg->IsBigInt()) return ShowPlain(arg);
  if (arg->IsSymbol()) return "NaN";
  bool ok;
  std::u16string text = TextOf(arg, &ok);
  return ok ? Number(ParseInt(text)) : "NaN";
}

std::string Formatter::AsFloat(v8::Local<v8::Value> arg) {
  if (arg->IsSymbol()) return "NaN";
  bool ok;
  std::u16string text = TextOf(arg, &ok);
  return ok ? Number(ParseFloat(text)) : "NaN";
}

// JSON.stringify. A circular structure prints `[Circular]`; any other
// exception (a bigint, a throwing toJSON) escapes with throw_user_errors and
// otherwise prints "undefined".
std::string Formatter::AsJson(v8::Local<v8::Value> arg) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::String> json;
  if (v8::JSON::Stringify(context_, arg).ToLocal(&json)) return Utf8(json);
  v8::Local<v8::Value> error = try_catch.Exception();
  if (!error.IsEmpty() && error->IsNativeError()) {
    v8::Local<v8::Value> message;
    v8::TryCatch inner(isolate_);
    if (error.As<v8::Object>()->Get(context_, Str("message")).ToLocal(&message) &&
        message->IsString() &&
        Utf8(message.As<v8::String>()).rfind("Converting circular structure to JSON", 0) == 0) {
      return "[Circular]";
    }
  }
  Fail(try_catch);
  return "undefined";
}

// String(arg) as UTF-16; `ok` is false if the conversion threw.
std::u16string Formatter::TextOf(v8::Local<v8::Value> arg, bool* ok) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::String> text;
  *ok = arg->ToString(context_).ToLocal(&text);
  if (!*ok) Fail(try_catch);
  return *ok ? inspect_text::ReadUtf16(isolate_, text) : std::u16string();
}

std::string Formatter::Show(v8::Local<v8::Value> arg, const InspectOptions& options) {
  v8::TryCatch try_catch(isolate_);
  std::string text = Inspect(context_, arg, options);
  Fail(try_catch);
  return text;
}

// Keeps the first exception of user code, when the caller wants it to escape.
void Formatter::Fail(const v8::TryCatch& try_catch) {
  if (options_.throw_user_errors && try_catch.HasCaught() && user_error_.IsEmpty()) {
    user_error_.Reset(isolate_, try_catch.Exception());
  }
}

// Node's hasBuiltInToString: true when String(object) would only call a
// toString (or Symbol.toPrimitive) that comes with JavaScript itself, such as
// Object.prototype.toString's "[object Object]"; then %s inspects the object
// instead. A toString of the object's own, or of a user-defined class, is
// called.
bool Formatter::HasBuiltInToString(v8::Local<v8::Object> object) {
  v8::TryCatch try_catch(isolate_);
  while (object->IsProxy()) {
    v8::Local<v8::Value> target = object.As<v8::Proxy>()->GetTarget();
    if (!target->IsObject()) return true;  // revoked
    object = target.As<v8::Object>();
  }
  auto get = [&](v8::Local<v8::Object> o, v8::Local<v8::Name> key) {
    v8::Local<v8::Value> value;
    return o->Get(context_, key).ToLocal(&value) ? value : v8::Undefined(isolate_).As<v8::Value>();
  };
  auto has_own = [&](v8::Local<v8::Object> o, v8::Local<v8::Name> key) {
    return o->HasOwnProperty(context_, key).FromMaybe(false);
  };
  v8::Local<v8::Name> to_string = Str("toString");
  v8::Local<v8::Name> to_primitive = v8::Symbol::GetToPrimitive(isolate_);

  bool look_for_to_string = true;
  bool look_for_to_primitive = true;
  if (!get(object, to_string)->IsFunction()) {
    if (!get(object, to_primitive)->IsFunction()) return true;
    if (has_own(object, to_primitive)) return false;
    look_for_to_string = false;
  } else if (has_own(object, to_string)) {
    return false;
  } else if (!get(object, to_primitive)->IsFunction()) {
    look_for_to_primitive = false;
  } else if (has_own(object, to_primitive)) {
    return false;
  }

  // Find the prototype that provides the method, and ask whether its
  // constructor is one of JavaScript's own.
  v8::Local<v8::Value> level = object;
  while (true) {
    level = level.As<v8::Object>()->GetPrototype();
    if (!level->IsObject()) return true;
    v8::Local<v8::Object> prototype = level.As<v8::Object>();
    if ((look_for_to_string && has_own(prototype, to_string)) ||
        (look_for_to_primitive && has_own(prototype, to_primitive))) {
      break;
    }
  }
  v8::Local<v8::Value> descriptor;
  if (!level.As<v8::Object>()
           ->GetOwnPropertyDescriptor(context_, Str("constructor"))
           .ToLocal(&descriptor) ||
      !descriptor->IsObject()) {
    return false;
  }
  v8::Local<v8::Value> constructor = get(descriptor.As<v8::Object>(), Str("value"));
  if (!constructor->IsFunction()) return false;
  v8::Local<v8::Value> name = get(constructor.As<v8::Object>(), Str("name"));
  return name->IsString() && IsBuiltInConstructorName(Utf8(name.As<v8::String>()));
}

}  // namespace

std::string FormatArguments(v8::Local<v8::Context> context,
                            const std::vector<v8::Local<v8::Value>>& args,
                            const InspectOptions& options) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  std::string text;
  v8::Local<v8::Value> user_error;
  {
    v8::TryCatch try_catch(isolate);  // nothing escapes, except on purpose below
    Formatter formatter(context, options);
    text = formatter.Format(args);
    user_error = formatter.UserError();
  }
  if (user_error.IsEmpty()) return text;
  isolate->ThrowException(user_error);
  return "";
}

}  // namespace engine
