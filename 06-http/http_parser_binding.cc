/// \file
/// The `http_parser` binding (Node: src/node_http_parser.cc): the parser of
/// parser/ in the shape Node's lib/_http_common.js, _http_server.js and
/// _http_client.js drive.
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
/// header in several pieces when it straddles two reads. This file is
/// where the pieces are joined into strings, and where the strings go to
/// JavaScript: once per message, as one array of [name, value, ...] in the
/// call of kOnHeadersComplete, not one call per header. Calls from C++ into
/// JavaScript cost far more than a byte of parsing.
///
/// consume() and unconsume() are no-ops here: Node lets the parser read a
/// socket's bytes in C++ (kOnExecute reports them); this runtime's sockets
/// always hand their bytes to JavaScript, which calls execute().
#include <uv.h>
#include <v8.h>

#include <memory>
#include <set>
#include <string>

#include "base_object.h"
#include "binding_registry.h"
#include "buffer/buffer.h"
#include "engine.h"
#include "parser/methods.h"
#include "parser/parser.h"
#include "realm.h"

namespace bindings {
namespace {

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

class HttpParser;

/// Bytes as a string of one-byte characters, as Node makes header strings:
/// obs-text (bytes 0x80 to 0xff) arrives as the Latin-1 characters.
v8::Local<v8::String> Latin1(v8::Isolate* isolate, std::string_view bytes) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(bytes.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(bytes.size()))
      .ToLocalChecked();
}

/// The parsers of one server's connections, for its timeouts: which are
/// idle, which are in the middle of a message and since when (Node:
/// ConnectionsList in node_http_parser.cc, read by _http_server.js).
class ConnectionsList : public BaseObject {
 public:
  ConnectionsList(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) {
    MakeWeak();
  }
  ~ConnectionsList() override;

  void Push(HttpParser* parser) { all_.insert(parser); }
  void Pop(HttpParser* parser) { all_.erase(parser); }
  void PushActive(HttpParser* parser) { active_.insert(parser); }
  void PopActive(HttpParser* parser) { active_.erase(parser); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void All(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Idle(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Active(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Expired(const v8::FunctionCallbackInfo<v8::Value>& info);

 private:
  std::set<HttpParser*> all_;
  std::set<HttpParser*> active_;
};

class HttpParser : public BaseObject, public http::Callbacks {
 public:
  HttpParser(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) { MakeWeak(); }
  ~HttpParser() override { LeaveList(); }

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
  int OnMessageComplete() override;

  /// Counts header bytes as Node does; refuses past the limit.
  int TrackHeader(size_t length);
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

ConnectionsList::~ConnectionsList() {
  for (HttpParser* parser : all_) parser->ForgetList();
  for (HttpParser* parser : active_) parser->ForgetList();
}

// ---- The parser's callbacks ----

v8::Local<v8::Function> HttpParser::CallbackAt(uint32_t index) {
  v8::Local<v8::Value> value;
  if (!object()->Get(isolate()->GetCurrentContext(), index).ToLocal(&value) ||
      !value->IsFunction()) {
    return {};
  }
  return value.As<v8::Function>();
}

bool HttpParser::Call(v8::Local<v8::Function> callback, int argc, v8::Local<v8::Value> argv[],
                      v8::Local<v8::Value>* result) {
  v8::Local<v8::Value> value;
  if (!callback->Call(isolate()->GetCurrentContext(), object(), argc, argv).ToLocal(&value)) {
    got_exception_ = true;
    return false;
  }
  if (result != nullptr) *result = value;
  return true;
}

int HttpParser::OnMessageBegin() {
  if (list_ != nullptr) {
    list_->Pop(this);
    list_->PopActive(this);
  }
  num_fields_ = num_values_ = 0;
  have_flushed_ = false;
  headers_completed_ = false;
  last_message_start_ = uv_hrtime();
  url_.clear();
  status_.clear();
  if (list_ != nullptr) {
    list_->Push(this);
    list_->PushActive(this);
  }
  v8::Local<v8::Function> callback = CallbackAt(kOnMessageBegin);
  if (callback.IsEmpty()) return 0;
  return Call(callback, 0, nullptr) ? 0 : -1;
}

int HttpParser::TrackHeader(size_t length) {
  header_nread_ += length;
  if (header_nread_ >= max_header_size_) {
    parser_->SetUserError("HPE_HEADER_OVERFLOW:Header overflow");
    return -1;
  }
  return 0;
}

int HttpParser::OnUrl(const char* at, size_t length) {
  if (int refused = TrackHeader(length)) return refused;
  url_.append(at, length);
  return 0;
}

int HttpParser::OnStatus(const char* at, size_t length) {
  if (int refused = TrackHeader(length)) return refused;
  status_.append(at, length);
  return 0;
}

int HttpParser::OnHeaderField(const char* at, size_t length) {
  if (int refused = TrackHeader(length)) return refused;
  if (num_fields_ == num_values_) {  // a new header, not the rest of one
    num_fields_++;
    if (num_fields_ == kMaxHeaderPairs) {
      if (!Flush()) return -1;
      num_fields_ = 1;
      num_values_ = 0;
    }
    fields_[num_fields_ - 1].clear();
  }
  fields_[num_fields_ - 1].append(at, length);
  return 0;
}

int HttpParser::OnHeaderValue(const char* at, size_t length) {
  if (int refused = TrackHeader(length)) return refused;
  if (num_values_ != num_fields_) {
    num_values_++;
    values_[num_values_ - 1].clear();
  }
  values_[num_values_ - 1].append(at, length);
  return 0;
}

v8::Local<v8::Array> HttpParser::Headers() {
  v8::Local<v8::Context> context = isolate()->GetCurrentContext();
  v8::Local<v8::Array> headers = v8::Array::New(isolate(), static_cast<int>(num_values_ * 2));
  for (size_t i = 0; i < num_values_; i++) {
    // The parser leaves a value's trailing spaces and tabs in; Node drops them.
    const std::string& value = values_[i];
    size_t end = value.size();
    while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == '\t')) end--;
    headers->Set(context, static_cast<uint32_t>(i * 2), Latin1(isolate(), fields_[i])).Check();
    headers
        ->Set(context, static_cast<uint32_t>(i * 2 + 1),
              Latin1(isolate(), std::string_view(value.data(), end)))
        .Check();
  }
  return headers;
}

bool HttpParser::Flush() {
  v8::Local<v8::Function> callback = CallbackAt(kOnHeaders);
  if (callback.IsEmpty()) return true;
  v8::Local<v8::Value> argv[] = {Headers(), Latin1(isolate(), url_)};
  url_.clear();
  have_flushed_ = true;
  return Call(callback, 2, argv);
}

int HttpParser::OnHeadersComplete() {
  header_nread_ = 0;
  headers_completed_ = true;
  v8::Local<v8::Function> callback = CallbackAt(kOnHeadersComplete);
  if (callback.IsEmpty()) return 0;
  v8::Local<v8::Value> undefined = v8::Undefined(isolate());
  v8::Local<v8::Value> argv[9] = {undefined, undefined, undefined, undefined, undefined,
                                  undefined, undefined, undefined, undefined};
  if (have_flushed_) {
    if (!Flush()) return -1;  // the rest of the headers; the URL went with the first part
  } else {
    argv[2] = Headers();
    if (parser_->type() == http::Parser::Type::kRequest) {
      argv[4] = Latin1(isolate(), url_);
    }
  }
  num_fields_ = num_values_ = 0;
  if (parser_->type() == http::Parser::Type::kRequest) {
    argv[3] = v8::Integer::NewFromUnsigned(isolate(), static_cast<uint32_t>(parser_->method()));
  } else {
    argv[5] = v8::Integer::New(isolate(), parser_->status_code());
    argv[6] = Latin1(isolate(), status_);
  }
  argv[0] = v8::Integer::New(isolate(), parser_->http_major());
  argv[1] = v8::Integer::New(isolate(), parser_->http_minor());
  argv[7] = v8::Boolean::New(isolate(), parser_->upgrade());
  argv[8] = v8::Boolean::New(isolate(), parser_->ShouldKeepAlive());
  v8::Local<v8::Value> result;
  if (!Call(callback, 9, argv, &result)) return -1;
  int64_t answer;
  if (!result->IntegerValue(isolate()->GetCurrentContext()).To(&answer)) {
    got_exception_ = true;
    return -1;
  }
  return static_cast<int>(answer);
}

int HttpParser::OnBody(const char* at, size_t length) {
  if (length == 0) return 0;
  v8::Local<v8::Function> callback = CallbackAt(kOnBody);
  if (callback.IsEmpty()) return 0;
  v8::Local<v8::Uint8Array> buffer;
  if (!realm()->binding_data<BufferData>().Copy(at, length).ToLocal(&buffer)) {
    got_exception_ = true;
    return -1;
  }
  v8::Local<v8::Value> argv[] = {buffer};
  return Call(callback, 1, argv) ? 0 : -1;
}

int HttpParser::OnMessageComplete() {
  if (list_ != nullptr) {
    list_->Pop(this);
    list_->PopActive(this);
  }
  last_message_start_ = 0;
  if (list_ != nullptr) list_->Push(this);
  if (num_fields_ > 0 && !Flush()) return -1;  // the trailers
  v8::Local<v8::Function> callback = CallbackAt(kOnMessageComplete);
  if (callback.IsEmpty()) return 0;
  return Call(callback, 0, nullptr) ? 0 : -1;
}

void HttpParser::LeaveList() {
  if (list_ == nullptr) return;
  list_->Pop(this);
  list_->PopActive(this);
  list_ = nullptr;
}

// ---- The methods JavaScript calls ----

void HttpParser::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  new HttpParser(Realm::GetCurrent(info), info.This());
}

void HttpParser::Initialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  if (self == nullptr) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint32_t type = info[0]->Uint32Value(context).FromMaybe(1);
  auto parser_type = type == 2 ? http::Parser::Type::kResponse : http::Parser::Type::kRequest;
  uint64_t max_header_size = 0;
  if (info[2]->IsNumber()) max_header_size = info[2]->IntegerValue(context).FromMaybe(0);
  uint32_t lenient = info[3]->IsNumber() ? info[3]->Uint32Value(context).FromMaybe(0) : 0;

  self->LeaveList();
  self->parser_ = std::make_unique<http::Parser>(parser_type, self, lenient);
  self->max_header_size_ = max_header_size > 0 ? max_header_size : kDefaultMaxHeaderSize;
  self->header_nread_ = 0;
  self->num_fields_ = self->num_values_ = 0;
  self->have_flushed_ = self->headers_completed_ = self->got_exception_ = false;
  self->url_.clear();
  self->status_.clear();
  self->last_message_start_ = 0;
  if (info[4]->IsObject()) {
    // A server's connection: counted from now, so that a client that
    // connects and sends nothing still meets the headers timeout.
    self->list_ = Unwrap<ConnectionsList>(info[4].As<v8::Object>());
    if (self->list_ != nullptr) {
      self->last_message_start_ = uv_hrtime();
      self->list_->Push(self);
      self->list_->PushActive(self);
    }
  }
}

v8::Local<v8::Value> HttpParser::ExecuteResult(size_t nread, http::Error error, bool finishing) {
  if (error == http::Error::kPausedUpgrade) error = http::Error::kOk;  // not an error: a stop
  if (got_exception_) return {};
  if (!parser_->upgrade() && error != http::Error::kOk) {
    v8::Local<v8::Context> context = isolate()->GetCurrentContext();
    v8::Local<v8::Object> e =
        v8::Exception::Error(engine::ToV8String(isolate(), "Parse Error")).As<v8::Object>();
    std::string code = http::ErrorName(error);
    std::string reason = parser_->reason();
    if (error == http::Error::kUser) {  // "CODE:reason", set by a callback
      size_t colon = reason.find(':');
      code = reason.substr(0, colon);
      reason = colon == std::string::npos ? "" : reason.substr(colon + 1);
    }
    e->Set(context, engine::ToV8String(isolate(), "bytesParsed"),
           v8::Number::New(isolate(), static_cast<double>(nread)))
        .Check();
    e->Set(context, engine::ToV8String(isolate(), "code"), engine::ToV8String(isolate(), code))
        .Check();
    e->Set(context, engine::ToV8String(isolate(), "reason"), engine::ToV8String(isolate(), reason))
        .Check();
    return e;
  }
  if (finishing) return v8::Undefined(isolate());
  return v8::Number::New(isolate(), static_cast<double>(nread));
}

void HttpParser::Execute(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  if (self == nullptr || self->parser_ == nullptr || !info[0]->IsArrayBufferView()) return;
  ByteSpan bytes = BytesOf(info[0].As<v8::ArrayBufferView>());
  if (info[0]->IsUint8Array()) self->current_buffer_ = info[0].As<v8::Uint8Array>();
  self->current_data_ = reinterpret_cast<const char*>(bytes.data);
  self->got_exception_ = false;
  size_t nread = self->parser_->Execute(self->current_data_, bytes.size);
  http::Error error = self->parser_->error();
  if (error == http::Error::kPausedUpgrade) {
    // What follows the upgrade is not HTTP: the next execute() starts over.
    self->parser_->Resume();
  }
  self->current_buffer_.Clear();
  self->current_data_ = nullptr;
  if (self->pending_pause_) {
    self->pending_pause_ = false;
    self->parser_->Pause();
  }
  v8::Local<v8::Value> result = self->ExecuteResult(nread, error, false);
  if (!result.IsEmpty()) info.GetReturnValue().Set(result);
}

void HttpParser::Finish(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  if (self == nullptr || self->parser_ == nullptr) return;
  self->got_exception_ = false;
  http::Error error = self->parser_->Finish();
  v8::Local<v8::Value> result = self->ExecuteResult(0, error, true);
  if (!result.IsEmpty() && !result->IsUndefined()) info.GetReturnValue().Set(result);
}

void HttpParser::Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // As in Node: the C++ half goes now; later calls on the object do nothing.
  delete Unwrap<HttpParser>(info.This());
}

void HttpParser::Remove(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (HttpParser* self = Unwrap<HttpParser>(info.This())) self->LeaveList();
}

// As in Node, a pause asked for by a callback of execute() takes effect when
// that execute() returns: the bytes it was given are parsed to the end.
void HttpParser::Pause(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  if (self == nullptr || self->parser_ == nullptr) return;
  if (self->current_data_ != nullptr) {
    self->pending_pause_ = true;
  } else {
    self->parser_->Pause();
  }
}

void HttpParser::Resume(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  if (self != nullptr && self->parser_ != nullptr) self->parser_->Resume();
}

void HttpParser::GetCurrentBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  if (self == nullptr || self->current_buffer_.IsEmpty()) return;
  ByteSpan bytes = BytesOf(self->current_buffer_);
  v8::Local<v8::Uint8Array> copy;
  if (self->realm()->binding_data<BufferData>().Copy(bytes.data, bytes.size).ToLocal(&copy)) {
    info.GetReturnValue().Set(copy);
  }
}

void HttpParser::Duration(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  double ms = 0;
  if (self != nullptr && self->last_message_start_ != 0) {
    ms = static_cast<double>(uv_hrtime() - self->last_message_start_) / 1e6;
  }
  info.GetReturnValue().Set(ms);
}

void HttpParser::HeadersCompleted(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HttpParser* self = Unwrap<HttpParser>(info.This());
  info.GetReturnValue().Set(self != nullptr && self->headers_completed_);
}

// ---- ConnectionsList ----

void ConnectionsList::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  new ConnectionsList(Realm::GetCurrent(info), info.This());
}

v8::Local<v8::Array> ObjectsOf(v8::Isolate* isolate, const std::set<HttpParser*>& parsers,
                               bool only_idle) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  uint32_t length = 0;
  for (HttpParser* parser : parsers) {
    if (only_idle && parser->last_message_start() != 0) continue;
    result->Set(context, length++, parser->object()).Check();
  }
  return result;
}

void ConnectionsList::All(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self != nullptr) info.GetReturnValue().Set(ObjectsOf(info.GetIsolate(), self->all_, false));
}

void ConnectionsList::Idle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self != nullptr) info.GetReturnValue().Set(ObjectsOf(info.GetIsolate(), self->all_, true));
}

void ConnectionsList::Active(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self != nullptr) {
    info.GetReturnValue().Set(ObjectsOf(info.GetIsolate(), self->active_, false));
  }
}

// expired(headersTimeout, requestTimeout): the parsers whose message began
// too long ago (still in its headers past the first, or unfinished past
// the second, in milliseconds; 0 is no limit). They are no longer active.
void ConnectionsList::Expired(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self == nullptr) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint64_t headers_timeout = info[0]->IntegerValue(context).FromMaybe(0) * 1000000;
  uint64_t request_timeout = info[1]->IntegerValue(context).FromMaybe(0) * 1000000;
  uint64_t now = uv_hrtime();
  uint64_t headers_deadline =
      headers_timeout > 0 && now > headers_timeout ? now - headers_timeout : 0;
  uint64_t request_deadline =
      request_timeout > 0 && now > request_timeout ? now - request_timeout : 0;
  v8::Local<v8::Array> expired = v8::Array::New(info.GetIsolate());
  uint32_t length = 0;
  for (auto it = self->active_.begin(); it != self->active_.end();) {
    HttpParser* parser = *it;
    uint64_t start = parser->last_message_start();
    if ((!parser->headers_completed() && headers_deadline > 0 && start < headers_deadline) ||
        (request_deadline > 0 && start < request_deadline)) {
      expired->Set(context, length++, parser->object()).Check();
      it = self->active_.erase(it);  // still in all_: the server closes it
    } else {
      ++it;
    }
  }
  info.GetReturnValue().Set(expired);
}

// ---- The binding ----

/// `methods` (the HTTP ones) or `allMethods` (every one, indexed by number).
v8::Local<v8::Array> MethodNames(v8::Isolate* isolate, bool all) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names = v8::Array::New(isolate);
  uint32_t length = 0;
  for (size_t i = 0; i < http::kMethodCount; i++) {
    if (!all && !http::kMethods[i].http) continue;
    std::string name(http::kMethods[i].name);
    names->Set(context, length++, engine::ToV8String(isolate, name)).Check();
  }
  return names;
}

void Initialize(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();

  v8::Local<v8::FunctionTemplate> parser = realm.NewClass("HTTPParser", HttpParser::New);
  parser->SetLength(0);
  struct Constant {
    const char* name;
    uint32_t value;
  };
  const Constant constants[] = {
      {"REQUEST", 1},
      {"RESPONSE", 2},
      {"kOnMessageBegin", kOnMessageBegin},
      {"kOnHeaders", kOnHeaders},
      {"kOnHeadersComplete", kOnHeadersComplete},
      {"kOnBody", kOnBody},
      {"kOnMessageComplete", kOnMessageComplete},
      {"kOnExecute", kOnExecute},
      {"kOnTimeout", kOnTimeout},
      {"kLenientNone", 0},
      {"kLenientHeaders", http::kLenientHeaders},
      {"kLenientChunkedLength", http::kLenientChunkedLength},
      {"kLenientKeepAlive", http::kLenientKeepAlive},
      {"kLenientTransferEncoding", http::kLenientTransferEncoding},
      {"kLenientVersion", http::kLenientVersion},
      {"kLenientDataAfterClose", http::kLenientDataAfterClose},
      {"kLenientOptionalLFAfterCR", http::kLenientOptionalLfAfterCr},
      {"kLenientOptionalCRLFAfterChunk", http::kLenientOptionalCrlfAfterChunk},
      {"kLenientOptionalCRBeforeLF", http::kLenientOptionalCrBeforeLf},
      {"kLenientSpacesAfterChunkSize", http::kLenientSpacesAfterChunkSize},
      {"kLenientAll", 1023},
  };
  for (const Constant& constant : constants) {
    parser->Set(engine::ToV8String(isolate, constant.name),
                v8::Integer::NewFromUnsigned(isolate, constant.value));
  }
  realm.SetProtoMethod(parser, "close", HttpParser::Close);
  realm.SetProtoMethod(parser, "free", HttpParser::Free);
  realm.SetProtoMethod(parser, "remove", HttpParser::Remove);
  realm.SetProtoMethod(parser, "execute", HttpParser::Execute);
  realm.SetProtoMethod(parser, "finish", HttpParser::Finish);
  realm.SetProtoMethod(parser, "initialize", HttpParser::Initialize);
  realm.SetProtoMethod(parser, "pause", HttpParser::Pause);
  realm.SetProtoMethod(parser, "resume", HttpParser::Resume);
  realm.SetProtoMethod(parser, "consume", HttpParser::Consume);
  realm.SetProtoMethod(parser, "unconsume", HttpParser::Unconsume);
  realm.SetProtoMethod(parser, "getCurrentBuffer", HttpParser::GetCurrentBuffer);
  realm.SetProtoMethod(parser, "duration", HttpParser::Duration);
  realm.SetProtoMethod(parser, "headersCompleted", HttpParser::HeadersCompleted);

  v8::Local<v8::FunctionTemplate> list = realm.NewClass("ConnectionsList", ConnectionsList::New);
  realm.SetProtoMethod(list, "all", ConnectionsList::All);
  realm.SetProtoMethod(list, "idle", ConnectionsList::Idle);
  realm.SetProtoMethod(list, "active", ConnectionsList::Active);
  realm.SetProtoMethod(list, "expired", ConnectionsList::Expired);

  exports->Set(context, realm.Name("methods"), MethodNames(isolate, false)).Check();
  exports->Set(context, realm.Name("allMethods"), MethodNames(isolate, true)).Check();
  exports->Set(context, realm.Name("HTTPParser"), parser->GetFunction(context).ToLocalChecked())
      .Check();
  exports->Set(context, realm.Name("ConnectionsList"), list->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace

BINDING_REGISTER(http_parser, Initialize);

}  // namespace bindings
