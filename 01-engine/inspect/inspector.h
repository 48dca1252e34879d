/// \file
/// The walk behind util.inspect: one Inspector formats one value, the way
/// Node's formatValue/formatRaw do (lib/internal/util/inspect.js).
///
/// For every object the walk answers the same questions in order:
///
///     FormatValue   primitive?  -> quoted string, number, `1n`, Symbol(x)
///                   Proxy?      -> look at its target instead (no traps run)
///                   custom inspect method? -> print what it returns
///                   seen on the way down?  -> [Circular *1]
///     FormatRaw     constructor name and Symbol.toStringTag -> the prefix
///                   (`Foo`, `Map(2)`, `[Object: null prototype]`)
///                   Describe: what kind of object, which braces, which own
///                   keys, what comes before the braces (`[Function: f]`)
///                   deeper than `depth`? -> [Object], [Array], [Foo]
///                   the entries: elements, Map/Set items, properties
///     JoinEntries   one line or several (inspect_layout.h)
///
/// The Inspector never calls a getter: properties are read through their
/// descriptors, so a throwing getter prints as [Getter]. Where user code can
/// still run (a Symbol.toStringTag getter on a prototype, a custom inspect
/// method, a Proxy in a prototype chain), a v8::TryCatch turns an exception
/// into a fallback, so inspection always produces text.
#pragma once

#include <v8.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "inspect/inspect.h"
#include "inspect/inspect_layout.h"

namespace engine {

/// A number as JavaScript's String(n) writes it, except that -0 is "-0"
/// (Node's formatNumber).
std::string FormatNumber(v8::Local<v8::Context> context, double number);
/// FormatNumber with Node's numericSeparator: 1_234.567_8.
std::string FormatNumberWithSeparators(v8::Local<v8::Context> context, double number);

/// Node's getPrefix: the words in front of an object's braces, `Foo `,
/// `Map(2) `, `Object [Generator] `; with no constructor (a null prototype)
/// `[fallback: null prototype] `. `size` is `(2)` for Maps, Sets and arrays.
std::string GetPrefix(const std::optional<std::string>& constructor, const std::string& tag,
                      const std::string& fallback, const std::string& size = "");

/// Whether `name` is one of the global constructors JavaScript (or Node)
/// provides, like Object, Array, Error or Map: Node's `builtInObjects`.
bool IsBuiltInConstructorName(const std::string& name);

/// `Symbol(description)`.
std::string SymbolToString(v8::Isolate* isolate, v8::Local<v8::Symbol> symbol);

/// One own property, as its descriptor describes it: either a value, or a
/// getter and/or setter (which are never called).
struct OwnProperty {
  bool found = false;
  bool enumerable = true;
  v8::Local<v8::Value> value;  ///< empty for an accessor property
  bool has_getter = false;
  bool has_setter = false;
  v8::Local<v8::Value> getter;  ///< the get function, for InspectOptions::getters
};

class Inspector {
 public:
  Inspector(v8::Local<v8::Context> context, const InspectOptions& options);

  /// Node's formatValue: `value` at nesting level `depth` (0 at the top).
  /// `in_typed_array` is set for the hidden `[buffer]` of a typed array,
  /// which shows an ArrayBuffer in its short form.
  std::string FormatValue(v8::Local<v8::Value> value, int depth, bool in_typed_array = false);

  /// The exception of a custom inspect method that stopped the walk (only
  /// with InspectOptions::throw_user_errors), or an empty handle.
  v8::Local<v8::Value> UserError() const { return user_error_.Get(isolate_); }

 private:
  /// Which entries an object has besides its own properties (Node's
  /// `formatter` functions).
  enum class Entries {
    kNone,
    kArray,
    kTypedArray,
    kSet,
    kMap,
    kIterator,  ///< Map and Set iterators
    kArrayBufferBytes,
    kPromise,
    kWeakUnknown,  ///< WeakMap/WeakSet: entries cannot be listed without showHidden
    kWeakSet,
    kWeakMap,
  };

  /// How an object is printed, decided before its entries are formatted.
  struct Shape {
    std::string base;  ///< before the braces: `[Function: f]`, a stack, `/re/g`
    std::string open = "{";
    std::string close = "}";
    std::vector<v8::Local<v8::Name>> keys;  ///< own properties listed after the entries
    Entries entries = Entries::kNone;
    EntryList list = EntryList::kObject;
  };

  /// Whether a property is printed as `key: value` or, for an array element,
  /// as just the value.
  enum class PropertyStyle { kKeyAndValue, kValueOnly };

  // -- Values (inspect.cc) --
  /// Node's ctx.stylize: `text` coloured as a `kind` ("number", "special",
  /// ...) when options_.colors is on, else unchanged.
  std::string Stylize(const std::string& text, const char* kind);
  std::string FormatRaw(v8::Local<v8::Object> object, int depth, bool in_typed_array);
  std::string FormatPrimitive(v8::Local<v8::Value> value);
  std::string FormatString(v8::Local<v8::String> string);
  std::string FormatProxy(v8::Local<v8::Proxy> proxy, int depth);
  bool CallCustomInspect(v8::Local<v8::Object> object, v8::Local<v8::Object> receiver, int depth,
                         std::string* out);
  v8::Local<v8::Object> OptionsForCustomInspect();
  std::string CircularReference(v8::Local<v8::Object> object);
  std::optional<int> CircularIndex(v8::Local<v8::Object> object) const;
  bool IsBeingFormatted(v8::Local<v8::Object> object) const;

  // -- What the object is (inspect.cc) --
  /// Fills `shape` for `object`, or returns the whole text right away for
  /// objects that need no braces (`[]`, `{}`, `[Function: f]`, a Date, ...).
  std::optional<std::string> Describe(v8::Local<v8::Object> object, int depth,
                                      const std::optional<std::string>& constructor,
                                      const std::string& tag, bool has_prototype_properties,
                                      bool in_typed_array, Shape* shape);
  std::optional<std::string> DescribeListLike(v8::Local<v8::Object> object,
                                              const std::optional<std::string>& constructor,
                                              const std::string& tag, bool has_prototype_properties,
                                              Shape* shape);
  std::optional<std::string> DescribeOther(v8::Local<v8::Object> object, int depth,
                                           const std::optional<std::string>& constructor,
                                           const std::string& tag, bool has_prototype_properties,
                                           bool in_typed_array, Shape* shape);
  std::vector<std::string> FormatEntries(v8::Local<v8::Object> object, int depth, Shape* shape);
  std::string ShortName(v8::Local<v8::Object> object, const std::optional<std::string>& constructor,
                        const std::string& tag);

  // -- Constructor names and prototypes (inspect_properties.cc) --
  std::optional<std::string> ConstructorName(v8::Local<v8::Object> object, int depth,
                                             std::vector<std::string>* prototype_properties);
  void AddPrototypeProperties(v8::Local<v8::Object> main, v8::Local<v8::Object> object, int depth,
                              std::vector<std::string>* output);
  std::string ToStringTag(v8::Local<v8::Object> object);
  std::string Prefix(v8::Local<v8::Object> object, const std::optional<std::string>& constructor,
                     const std::string& tag);

  // -- Properties (inspect_properties.cc) --
  std::vector<v8::Local<v8::Name>> Keys(v8::Local<v8::Object> object);
  std::vector<v8::Local<v8::Name>> Keys(v8::Local<v8::Object> object, v8::PropertyFilter filter);
  std::vector<v8::Local<v8::Name>> NonIndexKeys(v8::Local<v8::Object> object);
  OwnProperty GetOwnProperty(v8::Local<v8::Object> object, v8::Local<v8::Name> key);
  /// Not a Proxy and without native interceptors: all its properties are
  /// stored on it, and V8's "real property" lookups see every one of them.
  bool IsOrdinary(v8::Local<v8::Object> object);
  /// An accessor's text, calling the getter if options_.getters asks.
  std::string FormatGetter(v8::Local<v8::Object> object, const OwnProperty& property, int depth);
  /// Node's `sorted`: orders `output`, whose last `keys` entries are
  /// properties (only those are sorted in an array's list).
  void SortEntries(std::vector<std::string>* output, size_t keys, EntryList list);
  std::string FormatProperty(v8::Local<v8::Object> object, int depth, v8::Local<v8::Name> key,
                             PropertyStyle style, const OwnProperty* known = nullptr);
  std::string FormatKey(v8::Local<v8::Name> key, bool enumerable);
  bool ElementsAreNumeric(v8::Local<v8::Object> object, size_t count);

  // -- How each built-in kind looks (inspect_types.cc) --
  std::string FunctionBase(v8::Local<v8::Function> function,
                           const std::optional<std::string>& constructor, const std::string& tag);
  std::string ClassBase(v8::Local<v8::Function> function,
                        const std::optional<std::string>& constructor, const std::string& tag);
  std::string RegExpBase(v8::Local<v8::RegExp> regexp);
  std::string DateBase(v8::Local<v8::Date> date);
  std::string BoxedPrimitiveBase(v8::Local<v8::Object> object,
                                 const std::optional<std::string>& constructor,
                                 const std::string& tag, std::vector<v8::Local<v8::Name>>* keys);
  std::vector<std::string> FormatArrayElements(v8::Local<v8::Array> array, int depth);
  std::vector<std::string> FormatSparseArrayElements(v8::Local<v8::Array> array, int depth,
                                                     size_t shown, std::vector<std::string> output,
                                                     uint32_t first_hole);
  std::vector<std::string> FormatTypedArrayElements(v8::Local<v8::TypedArray> array, int depth);
  std::vector<std::string> FormatArrayBufferBytes(v8::Local<v8::Object> buffer);
  std::vector<std::string> FormatSetEntries(v8::Local<v8::Set> set, int depth);
  std::vector<std::string> FormatMapEntries(v8::Local<v8::Map> map, int depth);
  std::vector<std::string> FormatIteratorEntries(v8::Local<v8::Object> iterator, int depth,
                                                 Shape* shape);
  std::vector<std::string> FormatWeakEntries(v8::Local<v8::Object> collection, int depth,
                                             bool key_value);
  std::vector<std::string> FormatValueList(v8::Local<v8::Array> values, int depth, bool sort);
  std::vector<std::string> FormatKeyValueList(v8::Local<v8::Array> pairs, int depth, bool as_arrows,
                                              bool sort);
  std::vector<std::string> FormatPromiseState(v8::Local<v8::Promise> promise, int depth);

  // -- Errors (inspect_error.cc) --
  bool IsError(v8::Local<v8::Object> object);
  std::string ErrorBase(v8::Local<v8::Object> error, const std::optional<std::string>& constructor,
                        const std::string& tag, std::vector<v8::Local<v8::Name>>* keys);
  std::string StackOf(v8::Local<v8::Object> error);
  std::vector<std::string> StackFrames(v8::Local<v8::Object> error, const std::string& frames);
  std::vector<std::string> ColorFrames(std::vector<std::string> frames);
  std::string MarkNodeModules(const std::string& line);
  std::string MarkCwd(const std::string& line, const std::string& cwd);

  // -- Small V8 helpers that never leave an exception behind (inspect_properties.cc) --
  v8::Local<v8::Value> Get(v8::Local<v8::Object> object, v8::Local<v8::Value> key);
  v8::Local<v8::Value> Get(v8::Local<v8::Object> object, const char* key);
  bool HasOwn(v8::Local<v8::Object> object, v8::Local<v8::Name> key);
  bool Has(v8::Local<v8::Object> object, v8::Local<v8::Name> key);
  std::string ToText(v8::Local<v8::Value> value);  ///< String(value), "" if it throws
  v8::Local<v8::String> Str(const char* text);
  bool KeyIs(v8::Local<v8::Name> key, const char* name);
  LayoutState Layout() const;  ///< (inspect.cc)
  v8::Local<v8::Object> ObjectPrototype();
  v8::Local<v8::Object> FunctionPrototype();
  v8::Local<v8::Object> ErrorPrototype();

  /// Property names the walk looks up for nearly every object, made once per
  /// Inspector rather than once per lookup.
  struct Names {
    explicit Names(v8::Isolate* isolate);
    v8::Local<v8::String> constructor, enumerable, get, name, prototype, set, value;
    v8::Local<v8::Symbol> custom_inspect;  ///< Symbol.for('nodejs.util.inspect.custom')
  };

  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  InspectOptions options_;
  Names names_;
  int indentation_ = 0;                           ///< Node's ctx.indentationLvl
  int current_depth_ = 0;                         ///< Node's ctx.currentDepth (see LayoutState)
  int nesting_ = 0;                               ///< FormatValue calls on the C++ stack
  std::vector<v8::Local<v8::Object>> seen_;       ///< objects being formatted, outermost first
  std::vector<v8::Global<v8::Object>> circular_;  ///< objects that refer to themselves: *1, *2, ...
  std::map<int, size_t> budget_;                  ///< output length per indentation level
  v8::Global<v8::Object> object_prototype_;
  v8::Global<v8::Object> function_prototype_;
  v8::Global<v8::Object> error_prototype_;
  v8::Global<v8::Value> user_error_;  ///< see UserError()
};

}  // namespace engine
