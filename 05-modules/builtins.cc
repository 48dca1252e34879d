#include "builtins.h"

#include <memory>
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

uint64_t SourceHash(std::string_view source) {
  uint64_t hash = 14695981039346656037ull;  // FNV-1a's offset basis and prime
  for (unsigned char c : source) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

const BuiltinCodeCache* BuiltinLoader::FindCache(std::string_view id) const {
  for (const BuiltinCodeCache* table : caches_) {
    for (const BuiltinCodeCache* entry = table; entry->id != nullptr; entry++) {
      if (id == entry->id) return entry;
    }
  }
  return nullptr;
}

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

v8::MaybeLocal<v8::String> BuiltinLoader::SourceString(v8::Isolate* isolate,
                                                       std::string_view id) const {
  const BuiltinSource* builtin = Find(id);
  if (builtin == nullptr) {
    isolate->ThrowException(v8::Exception::Error(
        engine::ToV8String(isolate, "No such built-in module: " + std::string(id))));
    return {};
  }
  return v8::String::NewExternalOneByte(isolate, new StaticSource(*builtin));
}

v8::MaybeLocal<v8::Function> BuiltinLoader::Compile(v8::Local<v8::Context> context,
                                                    std::string_view id) const {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> text;
  if (!SourceString(isolate, id).ToLocal(&text)) return {};
  // Stack traces name a built-in as Node does: node:internal/modules/cjs/loader.
  v8::ScriptOrigin origin(isolate, engine::ToV8String(isolate, "node:" + std::string(id)));
  // The cache stays in the binary (BufferNotOwned); `source` owns only this
  // small descriptor of it.
  const BuiltinCodeCache* cache = FindCache(id);
  v8::ScriptCompiler::CachedData* cached_data =
      cache == nullptr
          ? nullptr
          : new v8::ScriptCompiler::CachedData(cache->data, static_cast<int>(cache->length));
  v8::ScriptCompiler::Source source(text, origin, cached_data);
  std::vector<v8::Local<v8::String>> parameters;
  for (const char* name : ParametersOf(id)) parameters.push_back(engine::ToV8String(isolate, name));
  v8::Local<v8::Function> function;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, parameters.size(), parameters.data(),
                                           0, nullptr,
                                           cache != nullptr ? v8::ScriptCompiler::kConsumeCodeCache
                                                            : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&function)) {
    return {};
  }
  // A rejected cache (other V8 flags, say --expose-gc) costs nothing but the
  // check: V8 has compiled the source instead.
  if (cache != nullptr && !source.GetCachedData()->rejected) {
    usage_.with_cache.emplace_back(id);
  } else {
    usage_.without_cache.emplace_back(id);
    if (cache != nullptr) usage_.rejected.emplace_back(id);
  }
  if (keep_isolate_ != nullptr) kept_[std::string(id)].Reset(keep_isolate_, function);
  return function;
}

std::vector<uint8_t> BuiltinLoader::CreateCodeCache(v8::Local<v8::Context> context,
                                                    std::string_view id) const {
  v8::Local<v8::Function> function;
  auto kept = kept_.find(id);
  if (kept != kept_.end()) {
    function = kept->second.Get(context->GetIsolate());
  } else if (!Compile(context, id).ToLocal(&function)) {
    return {};
  }
  std::unique_ptr<v8::ScriptCompiler::CachedData> data(
      v8::ScriptCompiler::CreateCodeCacheForFunction(function));
  if (data == nullptr) return {};
  return std::vector<uint8_t>(data->data, data->data + data->length);
}

}  // namespace modules
