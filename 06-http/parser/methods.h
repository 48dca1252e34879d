/// \file
/// The request methods the parser knows, numbered as Node's parser numbers
/// them: the number a request's method gets is its index in `allMethods` of
/// the http_parser binding, and the JavaScript names it by that index.
#pragma once

#include <cstddef>
#include <string_view>

namespace http {

/// X macro: V(number, name). The numbers are llhttp's (and so Node's); the
/// RTSP methods (DESCRIBE ... RECORD) and PRI are known but are no HTTP
/// request methods (kHttpMethod says which are).
// clang-format off
#define HTTP_ALL_METHODS(V)                                                                    \
  V(0, DELETE) V(1, GET) V(2, HEAD) V(3, POST) V(4, PUT) V(5, CONNECT) V(6, OPTIONS)           \
  V(7, TRACE) V(8, COPY) V(9, LOCK) V(10, MKCOL) V(11, MOVE) V(12, PROPFIND) V(13, PROPPATCH)  \
  V(14, SEARCH) V(15, UNLOCK) V(16, BIND) V(17, REBIND) V(18, UNBIND) V(19, ACL) V(20, REPORT) \
  V(21, MKACTIVITY) V(22, CHECKOUT) V(23, MERGE) V(24, M-SEARCH) V(25, NOTIFY)                 \
  V(26, SUBSCRIBE) V(27, UNSUBSCRIBE) V(28, PATCH) V(29, PURGE) V(30, MKCALENDAR) V(31, LINK)  \
  V(32, UNLINK) V(33, SOURCE) V(34, PRI) V(35, DESCRIBE) V(36, ANNOUNCE) V(37, SETUP)          \
  V(38, PLAY) V(39, PAUSE) V(40, TEARDOWN) V(41, GET_PARAMETER) V(42, SET_PARAMETER)           \
  V(43, REDIRECT) V(44, RECORD) V(45, FLUSH) V(46, QUERY)
// clang-format on

struct MethodInfo {
  std::string_view name;
  bool http;  ///< an HTTP request method (in the binding's `methods`)
};

/// Every method, indexed by its number.
extern const MethodInfo kMethods[];
extern const size_t kMethodCount;

/// The number of `name` (exact, case-sensitive) among the HTTP request
/// methods, or -1.
int FindHttpMethod(std::string_view name);

constexpr int kMethodHead = 2;
constexpr int kMethodConnect = 5;
constexpr int kMethodPri = 34;

}  // namespace http
