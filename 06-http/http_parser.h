/// \file
/// HTTPParser, the class of the `http_parser` binding (Node:
/// src/node_http_parser.cc): the parser of parser/ in the shape Node's
/// lib/_http_common.js, _http_server.js and _http_client.js drive. The
/// binding's exports are made in http_parser_binding.cc.
///
///     new HTTPParser()
///     parser.initialize(type, resource, maxHeaderSize, lenientFlags, connectionsList)
///     parser.execute(buffer)   bytes taken, or an Error { code, reason, bytesParsed }
///     parser.finish()          the connection ended: undefined, or that Error
///     parser[kOnMessageBegin]()
///     parser[kOnHeaders](headers, url)            headers flushed early (past 32
///                                                  pairs), and trailers
///     parser[kOnHeadersComplete](versionMajor, versionMinor, headers, method, url,
///                                statusCode, statusMessage, upgrade, shouldKeepAlive)
///                                                  returns 0, 1 (no body) or 2 (upgrade)
///     parser[kOnBody](buffer), parser[kOnMessageComplete]()
///     pause(), resume(), close(), free(), remove(), getCurrentBuffer(),
///     duration(), headersCompleted(), consume(handle), unconsume()
///     methods, allMethods, ConnectionsList
///
/// Why callbacks with spans: the parser (parser/parser.h) reports where a
/// URL or a header lies in the bytes it was given, and may report one
/// header in several pieces when it straddles two reads. HTTPParser is
/// where the pieces are joined into strings, and where the strings go to
/// JavaScript: once per message, as one array of [name, value, ...] in the
/// call of kOnHeadersComplete, not one call per header. Calls from C++ into
/// JavaScript cost far more than a byte of parsing.
///
/// consume() and unconsume() are no-ops here: Node lets the parser read a
/// socket's bytes in C++ (kOnExecute reports them); this runtime's sockets
/// always hand their bytes to JavaScript, which calls execute().
#pragma once

#include <v8.h>

#include <memory>
#include <string>

#include "base_object.h"
#include "parser/parser.h"
#include "realm.h"

namespace bindings {

class ConnectionsList;

// The callbacks' indexes on the parser object, as Node numbers them.
enum CallbackIndex : uint32_t {
  kOnMessageBegin = 0,
  kOnHeaders = 1,
  kOnHeadersComplete = 2,
  kOnBody = 3,
  kOnMessageComplete = 4,
  kOnExecute = 5,
  kOnTimeout = 6,
};

/// Header pairs kept before they are flushed to JavaScript (kOnHeaders).
constexpr size_t kMaxHeaderPairs = 32;
/// --max-http-header-size's default: URL, status and headers together.
constexpr uint64_t kDefaultMaxHeaderSize = 16 * 1024;
/// The extensions of one chunk (names and values) may not be longer: a
/// peer could otherwise make the parser read forever without a body byte.
constexpr uint64_t kMaxChunkExtensionsSize = 16 * 1024;

/// The limit of a parser not given one: --max-http-header-size=N from the
/// command line (a per-process option, as in Node), else the default.
/// http.maxHeaderSize is this number.
uint64_t DefaultMaxHeaderSize(const Realm& realm);

class HttpParser : public BaseObject, public http::Callbacks {
 public:
  HttpParser(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) { MakeWeak(); }
  ~HttpParser() override { LeaveList(); }

  /// The class, with its methods and constants, for the binding's exports.
  static v8::Local<v8::FunctionTemplate> MakeClass(Realm& realm);

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Initialize(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Execute(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Finish(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Free(const v8::FunctionCallbackInfo<v8::Value>& info) {}
  static void Remove(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Pause(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Resume(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Consume(const v8::FunctionCallbackInfo<v8::Value>& info) {}
  static void Unconsume(const v8::FunctionCallbackInfo<v8::Value>& info) {}
  static void GetCurrentBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Duration(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HeadersCompleted(const v8::FunctionCallbackInfo<v8::Value>& info);

  uint64_t last_message_start() const { return last_message_start_; }
  bool headers_completed() const { return headers_completed_; }
  void ForgetList() { list_ = nullptr; }

 private:
  // http::Callbacks: the parser's spans become strings, the events calls.
  int OnMessageBegin() override;
  int OnUrl(const char* at, size_t length) override;
  int OnStatus(const char* at, size_t length) override;
  int OnHeaderField(const char* at, size_t length) override;
  int OnHeaderValue(const char* at, size_t length) override;
  int OnHeadersComplete() override;
  int OnBody(const char* at, size_t length) override;
  int OnChunkExtensionName(const char* at, size_t length) override;
  int OnChunkExtensionValue(const char* at, size_t length) override;
  int OnChunkHeader(uint64_t size) override;
  int OnMessageComplete() override;

  /// Counts header bytes as Node does; refuses past the limit.
  int TrackHeader(size_t length);
  /// Counts a chunk's extension bytes; refuses past kMaxChunkExtensionsSize.
  int TrackChunkExtension(size_t length);
  v8::Local<v8::Array> Headers();
  /// Hands the headers kept so far to kOnHeaders (too many, or trailers).
  bool Flush();
  /// parser[index] when it is a function.
  v8::Local<v8::Function> CallbackAt(uint32_t index);
  /// Calls back into JavaScript; false when it threw.
  bool Call(v8::Local<v8::Function> callback, int argc, v8::Local<v8::Value> argv[],
            v8::Local<v8::Value>* result = nullptr);
  v8::Local<v8::Value> ExecuteResult(size_t nread, http::Error error, bool finishing);
  void LeaveList();

  std::unique_ptr<http::Parser> parser_;
  uint64_t max_header_size_ = kDefaultMaxHeaderSize;
  uint64_t header_nread_ = 0;
  uint64_t chunk_extensions_nread_ = 0;  ///< of the chunk being read
  // The strings of the message so far. Their storage is reused from one
  // message to the next: clear() keeps the capacity.
  std::string url_;
  std::string status_;
  std::string fields_[kMaxHeaderPairs];
  std::string values_[kMaxHeaderPairs];
  size_t num_fields_ = 0;
  size_t num_values_ = 0;
  bool have_flushed_ = false;
  bool headers_completed_ = false;
  bool got_exception_ = false;
  bool pending_pause_ = false;       ///< pause() from a callback, for when execute() returns
  uint64_t last_message_start_ = 0;  ///< uv_hrtime() of the message's first byte; 0 when idle
  ConnectionsList* list_ = nullptr;
  v8::Local<v8::Uint8Array> current_buffer_;  ///< during execute() only
  const char* current_data_ = nullptr;
};

}  // namespace bindings
