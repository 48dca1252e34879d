/// \file
/// The table of methods.h. A method is no HTTP method when RTSP alone has it
/// (DESCRIBE to RECORD, FLUSH) or when it is the HTTP/2 preface's PRI.
#include "methods.h"

namespace http {

namespace {
constexpr bool IsHttp(int number) { return number <= 33 || number == 46; }
}  // namespace

#define HTTP_METHOD_ENTRY_(number, name) {#name, IsHttp(number)},
const MethodInfo kMethods[] = {HTTP_ALL_METHODS(HTTP_METHOD_ENTRY_)};
#undef HTTP_METHOD_ENTRY_
const size_t kMethodCount = sizeof kMethods / sizeof kMethods[0];

int FindHttpMethod(std::string_view name) {
  for (size_t i = 0; i < kMethodCount; i++) {
    if (kMethods[i].http && kMethods[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace http
