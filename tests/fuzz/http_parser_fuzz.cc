// libFuzzer target for the HTTP/1.1 parser (06-http/parser/), built and run
// by scripts/fuzz.sh (`make fuzz`) under AddressSanitizer and
// UndefinedBehaviorSanitizer.
//
// Besides "no crash, no sanitizer report, no endless loop", it checks what
// the parser promises: it never takes more bytes than it was given, and
// the pieces the bytes come in do not change what it reports. The first
// input byte chooses request or response and where the input is cut; the
// parse in two pieces must report the same events as the parse whole, when
// the whole parse succeeds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parser/parser.h"

namespace {

class Recorder : public http::Callbacks {
 public:
  std::string log;
  int OnMessageBegin() override { return Event('B'); }
  int OnUrl(const char* at, size_t length) override { return Span('U', at, length); }
  int OnStatus(const char* at, size_t length) override { return Span('S', at, length); }
  int OnHeaderField(const char* at, size_t length) override { return Span('F', at, length); }
  int OnHeaderValue(const char* at, size_t length) override { return Span('V', at, length); }
  int OnHeadersComplete() override { return Event('H') + skip_body_; }
  int OnBody(const char* at, size_t length) override { return Span('D', at, length); }
  int OnChunkHeader(uint64_t size) override { return Event('C'); }
  int OnChunkComplete() override { return Event('c'); }
  int OnMessageComplete() override { return Event('M'); }
  int skip_body_ = 0;

 private:
  int Event(char kind) {
    log += '\n';
    log += kind;
    last_ = kind;
    return 0;
  }
  int Span(char kind, const char* at, size_t length) {
    if (last_ != kind) Event(kind);
    log.append(at, length);
    return 0;
  }
  char last_ = 0;
};

struct Result {
  std::string log;
  http::Error error;
};

Result Parse(http::Parser::Type type, uint32_t lenient, int skip_body, const uint8_t* data,
             size_t size, size_t cut) {
  Recorder recorder;
  recorder.skip_body_ = skip_body;
  http::Parser parser(type, &recorder, lenient);
  const char* bytes = reinterpret_cast<const char*>(data);
  size_t taken = parser.Execute(bytes, cut);
  if (taken > cut) std::abort();
  if (parser.error() == http::Error::kOk) {
    size_t rest = parser.Execute(bytes + cut, size - cut);
    if (rest > size - cut) std::abort();
  }
  if (parser.error() == http::Error::kOk) parser.Finish();
  return {recorder.log, parser.error()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t control = data[0];
  data++;
  size--;
  const auto type = (control & 1) ? http::Parser::Type::kResponse : http::Parser::Type::kRequest;
  const uint32_t lenient = (control & 2) ? 1023 : 0;
  const int skip_body = (control & 4) ? 1 : 0;
  const size_t cut = (static_cast<size_t>(control >> 3) * size) / 32;

  Result whole = Parse(type, lenient, skip_body, data, size, size);
  Result split = Parse(type, lenient, skip_body, data, size, cut);
  if (whole.error == http::Error::kOk && (split.error != whole.error || split.log != whole.log)) {
    std::abort();  // the pieces changed what was parsed
  }
  return 0;
}
