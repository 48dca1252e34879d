#include "builtins.h"

#include <string>

#include "engine.h"

namespace modules {
namespace {

/// A source that lives in the binary for the whole run: V8 reads it in place
/// and, when the string dies, deletes only this small object.
class StaticSource : public v8::String::ExternalOneByteStringResource {
 public:
  explicit StaticSource(const BuiltinSource& source) : source_(source) {}
  const char* data() const override { return source_.source; }
  size_t length() const override { return source_.length; }

 private:
  const BuiltinSource& source_;
};

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

/// The parameter names of built-in `id` (see builtins.h).
std::vector<const char*> ParametersOf(std::string_view id) {
  if (id == "internal/bootstrap/realm") return {"process", "getInternalBinding"};
  if (StartsWith(id, "internal/bootstrap/") || StartsWith(id, "internal/main/")) {
    return {"process", "require", "internalBinding"};
  }
  return {"exports", "require", "module", "process", "internalBinding"};
}

}  // namespace

const BuiltinSource* BuiltinLoader::Find(std::string_view id) const {
  for (const BuiltinSource* table : tables_) {
    for (const BuiltinSource* entry = table; entry->id != nullptr; entry++) {
      if (id == entry->id) return entry;
    }
  }
  return nullptr;
}

std::vector<std::string_view> BuiltinLoader::Ids() const {
  std::vector<std::string_view> ids;
  for (const BuiltinSource* table : tables_) {
    for (const BuiltinSource* entry = table; entry->id != nullptr; entry++)
      ids.push_back(entry->id);
  }
  return ids;
}

v8::MaybeLocal<v8::Function> BuiltinLoader::Compile(v8::Local<v8::Context> context,
                                                    std::string_view id) const {
  v8::Isolate* isolate = context->GetIsolate();
  const BuiltinSource* builtin = Find(id);
  if (builtin == nullptr) {
    isolate->ThrowException(v8::Exception::Error(
        engine::ToV8String(isolate, "No such built-in module: " + std::string(id))));
    return {};
  }
  v8::Local<v8::String> text;
  if (!v8::String::NewExternalOneByte(isolate, new StaticSource(*builtin)).ToLocal(&text)) {
    return {};
  }
  // Stack traces name a built-in as Node does: node:internal/modules/cjs/loader.
  v8::ScriptOrigin origin(isolate, engine::ToV8String(isolate, "node:" + std::string(id)));
  v8::ScriptCompiler::Source source(text, origin);
  std::vector<v8::Local<v8::String>> parameters;
  for (const char* name : ParametersOf(id)) parameters.push_back(engine::ToV8String(isolate, name));
  return v8::ScriptCompiler::CompileFunction(context, &source, parameters.size(),
                                             parameters.data());
}

}  // namespace modules
