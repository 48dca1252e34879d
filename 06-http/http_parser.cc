/// \file
/// HTTPParser's methods (http_parser.h): the parser's callbacks, where spans
/// become strings and events become calls into JavaScript, then the methods
/// JavaScript calls.
#include "http_parser.h"

#include <uv.h>

#include "buffer/buffer.h"
#include "connections_list.h"
#include "engine.h"

namespace bindings {

namespace {

/// Bytes as a string of one-byte characters, as Node makes header strings:
/// obs-text (bytes 0x80 to 0xff) arrives as the Latin-1 characters.
v8::Local<v8::String> Latin1(v8::Isolate* isolate, std::string_view bytes) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(bytes.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(bytes.size()))
      .ToLocalChecked();
}

}  // namespace

uint64_t DefaultMaxHeaderSize(const Realm& realm) {
  // The command line checked that the value is a decimal number.
  std::string value = realm.runtime().command_line().FlagValue("--max-http-header-size", "");
  return value.empty() ? kDefaultMaxHeaderSize : std::stoull(value);
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
  // The parser is in the list's `all` since initialize(); a message makes
  // it active too (a set: already active is no change).
  if (list_ != nullptr) list_->PushActive(this);
  num_fields_ = num_values_ = 0;
  chunk_extensions_nread_ = 0;
  headers_completed_ = false;  // (have_flushed_ stays, as in Node: see OnHeadersComplete)
  last_message_start_ = uv_hrtime();
  url_.clear();
  status_.clear();
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

int HttpParser::TrackChunkExtension(size_t length) {
  chunk_extensions_nread_ += length;
  if (chunk_extensions_nread_ > kMaxChunkExtensionsSize) {
    parser_->SetUserError("HPE_CHUNK_EXTENSIONS_OVERFLOW:Chunk extensions overflow");
    return -1;
  }
  return 0;
}

int HttpParser::OnChunkExtensionName(const char* at, size_t length) {
  return TrackChunkExtension(length);
}

int HttpParser::OnChunkExtensionValue(const char* at, size_t length) {
  return TrackChunkExtension(length);
}

int HttpParser::OnChunkHeader(uint64_t size) {
  chunk_extensions_nread_ = 0;  // the next chunk has its own allowance
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
  // Made whole from its elements: far faster than setting them one by one.
  v8::Local<v8::Value> elements[kMaxHeaderPairs * 2];
  for (size_t i = 0; i < num_values_; i++) {
    // The parser leaves a value's trailing spaces and tabs in; Node drops them.
    const std::string& value = values_[i];
    size_t end = value.size();
    while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == '\t')) end--;
    elements[i * 2] = Latin1(isolate(), fields_[i]);
    elements[i * 2 + 1] = Latin1(isolate(), std::string_view(value.data(), end));
  }
  return v8::Array::New(isolate(), elements, num_values_ * 2);
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
  // Once headers went early (past 32 pairs, or a message's trailers), every
  // later message of this parser hands its headers over with kOnHeaders
  // too: Node's binding never forgets that it flushed, and its
  // _http_common.js reads the headers from there.
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
  if (list_ != nullptr) list_->PopActive(this);  // idle now, still in `all`
  last_message_start_ = 0;
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
  self->max_header_size_ =
      max_header_size > 0 ? max_header_size : DefaultMaxHeaderSize(*self->realm());
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
    // The bytes after the upgrade are not this parser's. Should the user
    // decline the upgrade, the next execute() reads a new request.
    self->parser_->ResumeAfterUpgrade();
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

v8::Local<v8::FunctionTemplate> HttpParser::MakeClass(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
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

  return parser;
}

}  // namespace bindings
