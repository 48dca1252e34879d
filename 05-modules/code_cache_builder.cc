#include "code_cache_builder.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace modules {
namespace {

/// `bytes` as the lines of a C++ string literal: printable ASCII as itself,
/// the rest as three-digit octal escapes (which can never swallow the next
/// character, as a hexadecimal escape would). A literal is parsed far faster
/// by the compiler than a list of a million integers.
void WriteBytes(std::ostringstream& out, const std::vector<uint8_t>& bytes) {
  constexpr size_t kLine = 96;
  size_t column = 0;
  out << "    \"";
  for (uint8_t byte : bytes) {
    if (column >= kLine) {
      out << "\"\n    \"";
      column = 0;
    }
    if (byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\' && byte != '?') {
      out << static_cast<char>(byte);
      column += 1;
    } else {
      out << '\\' << static_cast<char>('0' + (byte >> 6))
          << static_cast<char>('0' + ((byte >> 3) & 7)) << static_cast<char>('0' + (byte & 7));
      column += 4;
    }
  }
  out << "\"";
}

}  // namespace

std::string CodeCacheSource(v8::Local<v8::Context> context, const BuiltinLoader& loader,
                            std::string_view symbol) {
  std::ostringstream out;
  std::ostringstream table;
  out << "// Generated at build time by the code cache generator (05-modules/"
         "code_cache_builder.h):\n"
      << "// V8's code cache of every built-in. Do not edit.\n"
      << "#include \"builtins.h\"\n\n"
      << "namespace modules {\nnamespace {\n\n";
  std::vector<std::string_view> ids = loader.Ids();
  for (size_t index = 0; index < ids.size(); index++) {
    const BuiltinSource* source = loader.Find(ids[index]);
    std::vector<uint8_t> bytes = loader.CreateCodeCache(context, ids[index]);
    if (bytes.empty()) return {};
    // V8 reads a cache in place only when it is pointer-aligned (else it
    // copies it first).
    out << "// " << ids[index] << "\n"
        << "alignas(8) constexpr char kCache" << index << "[] =\n";
    WriteBytes(out, bytes);
    out << ";\n\n";
    table << "    {\"" << ids[index] << "\", reinterpret_cast<const uint8_t*>(kCache" << index
          << "), " << bytes.size() << ", " << SourceHash({source->source, source->length})
          << "ull},\n";
  }
  out << "}  // namespace\n\n"
      << "extern const BuiltinCodeCache " << symbol << "[] = {\n"
      << table.str() << "    {nullptr, nullptr, 0, 0},  // the end of the table\n};\n\n"
      << "}  // namespace modules\n";
  return out.str();
}

bool WriteFileIfChanged(const std::string& path, const std::string& text) {
  std::ifstream existing(path, std::ios::binary);
  if (existing) {
    std::ostringstream old;
    old << existing.rdbuf();
    if (old.str() == text) return true;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out.flush());
}

}  // namespace modules
