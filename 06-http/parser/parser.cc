/// \file
/// The parser's state machine (parser.h tells what it is for).
///
/// Execute() is one loop over the bytes with a `switch` on the state; each
/// case looks at one byte and either stays, moves to another state, or
/// fails. The states, in the order a message passes them (README.md draws
/// them):
///
///   start line   kStart, kMethod, kUrl*, kProtocol, kMajor, kDot, kMinor,
///                kAfterVersion, kLineLf (a request); kStart, kProtocol ...
///                kMinor, kResSpace, kStatus, kStatusText,
///                kStatusLf (a response)
///   headers      kFieldStart, kField, kValueStart, kValue, kValueLf,
///                kHeadersLf (also for the trailers of a chunked body)
///   body         kBodyLength (Content-Length), kBodyEof (until the end),
///                kChunkSizeStart, kChunkSize, kChunkExt*, kChunkSizeLf,
///                kChunkData, kChunkDataCr, kChunkDataLf (chunked)
///   after        kClosed (a message that ends its connection), kUpgraded
///
/// Where a span (URL, status text, header name, header value) is open when
/// the buffer ends, the part seen so far is reported, and the span goes on
/// from the start of the next buffer.
///
/// Error positions: Node reports how many bytes its parser took before an
/// error; for some errors that includes the offending byte, for others not.
/// Each Fail() below says which (`p` or `p + 1`), as Node 20 does.
#include "parser/parser.h"

#include <cstring>

namespace http {

enum class Parser::State : uint8_t {
  kStart,
  kMethod,
  kUrlStart,
  kUrlSchema,
  kUrlSlash1,
  kUrlSlash2,
  kUrlServer,
  kUrlPath,
  kUrlQuery,
  kUrlFragment,
  kUrlLf,  // after the CR that ends an HTTP/0.9 request line
  kProtocol,
  kMajor,
  kDot,
  kMinor,
  kAfterVersion,
  kLineLf,
  kPriPreface,  // the rest of HTTP/2's preface: \r\nSM\r\n\r\n
  kResSpace,
  kStatus,
  kStatusText,
  kStatusLf,
  kFieldStart,
  kField,
  kValueStart,
  kValue,
  kValueLf,
  kHeadersLf,
  kBodyLength,
  kBodyEof,
  kChunkSizeStart,
  kChunkSize,
  kChunkExtName,
  kChunkExtValue,
  kChunkExtQuoted,
  kChunkExtEscape,
  kChunkExtAfterQuote,
  kChunkSizeLf,
  kChunkData,
  kChunkDataCr,
  kChunkDataLf,
  kClosed,
  kUpgraded,
};

namespace {

using State = Parser::State;

// The byte classes, as tables of 256 entries built at compile time: one
// load per byte in the hot loops.
enum ByteClass : uint8_t {
  kToken = 1,      // RFC 9110's tchar: a header name, a method, a chunk extension name
  kUrl = 2,        // a URL's path, query or fragment: visible ASCII
  kServer = 4,     // an absolute URL's authority (user@host:port)
  kValue = 8,      // a header value: visible ASCII, space, tab and obs-text
  kPlainUrl = 16,  // a URL byte that changes nothing: not '?' or '#'
};

struct ByteClasses {
  uint8_t of[256] = {};
  constexpr ByteClasses() {
    for (int c = 0; c < 256; c++) {
      bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      bool token_mark = false;
      for (const char* m = "!#$%&'*+-.^_`|~"; *m; m++) token_mark = token_mark || c == *m;
      bool not_server = false;
      for (const char* m = "\"#<>\\^`{|}/?"; *m; m++) not_server = not_server || c == *m;
      bool url = c > 0x20 && c < 0x7f;
      of[c] = static_cast<uint8_t>((alnum || token_mark ? kToken : 0) | (url ? kUrl : 0) |
                                   (url && !not_server ? kServer : 0) |
                                   (c == '\t' || (c >= 0x20 && c != 0x7f) ? kValue : 0) |
                                   (url && c != '?' && c != '#' ? kPlainUrl : 0));
    }
  }
};
constexpr ByteClasses kClasses;

bool IsToken(unsigned char c) { return kClasses.of[c] & kToken; }
bool IsUrlByte(unsigned char c) { return kClasses.of[c] & kUrl; }
bool IsServerByte(unsigned char c) { return kClasses.of[c] & kServer; }
bool IsValueByte(unsigned char c) { return kClasses.of[c] & kValue; }

int HexValue(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

/// The methods whose name has `c` at `index`, among `candidates` (a bit per
/// method number): each byte of a method narrows the set.
uint64_t NarrowMethods(uint64_t candidates, size_t index, char c) {
  uint64_t left = 0;
  for (uint64_t rest = candidates; rest != 0; rest &= rest - 1) {
    int number = __builtin_ctzll(rest);
    std::string_view name = kMethods[number].name;
    if (index < name.size() && name[index] == c) left |= uint64_t{1} << number;
  }
  return left;
}

/// The method among `candidates` whose name is `length` letters long, or -1.
int ExactMethod(uint64_t candidates, size_t length) {
  for (uint64_t rest = candidates; rest != 0; rest &= rest - 1) {
    int number = __builtin_ctzll(rest);
    if (kMethods[number].name.size() == length) return number;
  }
  return -1;
}

// The header names that frame a message, matched as they arrive (any case).
constexpr std::string_view kSpecialNames[] = {"content-length", "transfer-encoding", "connection",
                                              "upgrade"};
constexpr size_t kSpecialCount = 4;

// The tokens of a Connection header the parser acts on.
constexpr std::string_view kConnectionTokens[] = {"close", "keep-alive", "upgrade"};

bool InSpan(State state) {
  switch (state) {
    case State::kUrlSchema:
    case State::kUrlSlash1:
    case State::kUrlSlash2:
    case State::kUrlServer:
    case State::kUrlPath:
    case State::kUrlQuery:
    case State::kUrlFragment:
    case State::kStatusText:
    case State::kField:
    case State::kValue:
    case State::kChunkExtName:
    case State::kChunkExtValue:
    case State::kChunkExtQuoted:
    case State::kChunkExtEscape:
      return true;
    default:
      return false;
  }
}

}  // namespace

const char* ErrorName(Error error) {
  switch (error) {
    case Error::kOk:
      return "HPE_OK";
    case Error::kInternal:
      return "HPE_INTERNAL";
    case Error::kStrict:
      return "HPE_STRICT";
    case Error::kCrExpected:
      return "HPE_CR_EXPECTED";
    case Error::kLfExpected:
      return "HPE_LF_EXPECTED";
    case Error::kUnexpectedContentLength:
      return "HPE_UNEXPECTED_CONTENT_LENGTH";
    case Error::kUnexpectedSpace:
      return "HPE_UNEXPECTED_SPACE";
    case Error::kClosedConnection:
      return "HPE_CLOSED_CONNECTION";
    case Error::kInvalidMethod:
      return "HPE_INVALID_METHOD";
    case Error::kInvalidUrl:
      return "HPE_INVALID_URL";
    case Error::kInvalidConstant:
      return "HPE_INVALID_CONSTANT";
    case Error::kInvalidVersion:
      return "HPE_INVALID_VERSION";
    case Error::kInvalidHeaderToken:
      return "HPE_INVALID_HEADER_TOKEN";
    case Error::kInvalidContentLength:
      return "HPE_INVALID_CONTENT_LENGTH";
    case Error::kInvalidChunkSize:
      return "HPE_INVALID_CHUNK_SIZE";
    case Error::kInvalidStatus:
      return "HPE_INVALID_STATUS";
    case Error::kInvalidEofState:
      return "HPE_INVALID_EOF_STATE";
    case Error::kInvalidTransferEncoding:
      return "HPE_INVALID_TRANSFER_ENCODING";
    case Error::kCallbackHeadersComplete:
      return "HPE_CB_HEADERS_COMPLETE";
    case Error::kPaused:
      return "HPE_PAUSED";
    case Error::kPausedUpgrade:
      return "HPE_PAUSED_UPGRADE";
    case Error::kPausedH2Upgrade:
      return "HPE_PAUSED_H2_UPGRADE";
    case Error::kUser:
      return "HPE_USER";
  }
  return "HPE_INTERNAL";
}

Parser::Parser(Type type, Callbacks* callbacks, uint32_t lenient_flags)
    : type_(type), callbacks_(callbacks), lenient_(lenient_flags), state_(State::kStart) {}

void Parser::Resume() {
  paused_ = false;
  if (error_ == Error::kPaused) error_ = Error::kOk;
}

void Parser::ResumeAfterUpgrade() {
  if (error_ != Error::kPausedUpgrade) return;
  error_ = Error::kOk;
  state_ = State::kStart;
}

bool Parser::MessageNeedsEof() const {
  if (type_ == Type::kRequest) return false;
  if ((status_code_ >= 100 && status_code_ < 200) || status_code_ == 204 || status_code_ == 304 ||
      (flags_ & kSkipBody)) {
    return false;
  }
  if ((flags_ & kTransferEncoding) && !(flags_ & kChunked)) return true;
  return !(flags_ & (kChunked | kContentLength));
}

bool Parser::ShouldKeepAlive() const {
  if (major_ > 0 && minor_ > 0) {  // HTTP/1.1: open unless closed
    if (flags_ & kConnectionClose) return false;
  } else if (!(flags_ & kConnectionKeepAlive)) {  // 1.0, 0.9, 2.0: closed unless kept
    return false;
  }
  return !MessageNeedsEof();
}

const char* Parser::Fail(Error error, const char* reason, const char* at) {
  error_ = error;
  reason_ = reason;
  return at;
}

void Parser::StartMessage() {
  flags_ = 0;
  method_ = 0;
  status_code_ = 0;
  major_ = minor_ = 0;
  content_length_ = 0;
  upgrade_ = false;
  first_header_ = true;
  index_ = 0;
  method_candidates_ = (uint64_t{1} << kMethodCount) - 1;
}

// Tracks which special header a name is, byte by byte (any case).
bool Parser::HeaderNameByte(char c) {
  for (size_t i = 0; i < kSpecialCount && name_match_ != 0; i++) {
    if ((name_match_ & (1u << i)) &&
        (index_ >= kSpecialNames[i].size() || kSpecialNames[i][index_] != Lower(c))) {
      name_match_ &= ~(1u << i);
    }
  }
  if (index_ < 255) index_++;
  return true;
}

// One byte of a value, for the headers that frame the message. Returns
// nullptr to go on, or where the parse stops.
const char* Parser::HeaderValueByte(const char* p) {
  char c = *p;
  switch (special_) {
    case Special::kContentLength: {
      if (token_state_ == 0 && c >= '0' && c <= '9') {
        uint64_t digit = static_cast<uint64_t>(c - '0');
        if (content_length_ > (UINT64_MAX - digit) / 10) {
          return Fail(Error::kInvalidContentLength, "Content-Length overflow", p + 1);
        }
        content_length_ = content_length_ * 10 + digit;
        value_seen_ = true;
      } else if (c == ' ' && value_seen_) {
        token_state_ = 1;  // spaces after the digits, and nothing else
      } else {
        return Fail(Error::kInvalidContentLength, "Invalid character in Content-Length", p);
      }
      return nullptr;
    }
    case Special::kTransferEncoding: {
      // token_state_: 0 between tokens, 1 matching "chunked" (index_ bytes
      // so far), 2 after a whole "chunked", 3 in another token.
      if (c == ',') {
        if (token_state_ == 2 && type_ == Type::kRequest &&
            !(lenient_ & kLenientTransferEncoding)) {
          return Fail(Error::kInvalidTransferEncoding, "Invalid `Transfer-Encoding` header value",
                      p + 1);
        }
        token_state_ = 0;
      } else if (token_state_ == 0 && (c == ' ' || c == '\t')) {
      } else if (token_state_ == 2 && c == ' ') {
      } else if (token_state_ == 0 || token_state_ == 1) {
        if (token_state_ == 0) index_ = 0;
        if (index_ < 7 && Lower(c) == "chunked"[index_]) {
          token_state_ = 1;
          if (++index_ == 7) token_state_ = 2;
        } else {
          token_state_ = 3;
        }
      } else {
        token_state_ = 3;
      }
      return nullptr;
    }
    case Special::kConnection: {
      // token_state_: 0 between tokens, 1 matching (name_match_ says which
      // tokens still match, index_ bytes so far), 2 spaces after a token,
      // 3 in a token that matches none.
      if (c == ',') {
        if (token_state_ == 1 || token_state_ == 2) {
          for (int i = 0; i < 3; i++) {
            if ((name_match_ & (1u << i)) && kConnectionTokens[i].size() == index_) {
              flags_ |= (i == 0   ? kConnectionClose
                         : i == 1 ? kConnectionKeepAlive
                                  : kConnectionUpgrade);
            }
          }
        }
        token_state_ = 0;
      } else if (c == ' ' || c == '\t') {
        if (token_state_ == 1) token_state_ = 2;
      } else if (token_state_ == 0) {
        token_state_ = 1;
        name_match_ = 7;
        index_ = 0;
        return HeaderValueByte(p);
      } else if (token_state_ == 1) {
        for (int i = 0; i < 3; i++) {
          if ((name_match_ & (1u << i)) &&
              (index_ >= kConnectionTokens[i].size() || kConnectionTokens[i][index_] != Lower(c))) {
            name_match_ &= ~(1u << i);
          }
        }
        index_++;
      } else {
        token_state_ = 3;
      }
      return nullptr;
    }
    default:
      return nullptr;
  }
}

// The CR that ends a value: the framing headers take effect.
const char* Parser::EndHeaderValue(const char* p) {
  if (special_ == Special::kTransferEncoding) {
    // `chunked` must be the last coding; a value that does not end with it
    // was cleared of the flag at its first byte (kValueStart).
    if (token_state_ == 2) flags_ |= kChunked;
  } else if (special_ == Special::kConnection) {
    char comma = ',';
    HeaderValueByte(&comma);  // ends the last token like a comma
  }
  return nullptr;
}

const char* Parser::HeadersComplete(const char* p) {
  if (flags_ & kTrailing) {
    if (callbacks_->OnChunkComplete() != 0) return Fail(Error::kUser, reason_, p);
    return MessageComplete(p);
  }
  if (type_ == Type::kRequest) {
    upgrade_ =
        ((flags_ & kUpgradeHeader) && (flags_ & kConnectionUpgrade)) || method_ == kMethodConnect;
  } else {
    upgrade_ = (flags_ & kUpgradeHeader) && (flags_ & kConnectionUpgrade) && status_code_ == 101;
  }
  switch (callbacks_->OnHeadersComplete()) {
    case 0:
      break;
    case 2:
      upgrade_ = true;
      flags_ |= kSkipBody;
      break;
    case 1:
      flags_ |= kSkipBody;
      break;
    default:
      if (error_ == Error::kOk) Fail(Error::kCallbackHeadersComplete, "User callback error", p);
      return p;
  }
  if (error_ != Error::kOk) return p;

  bool has_body = (flags_ & kChunked) || content_length_ > 0;
  if ((upgrade_ && (method_ == kMethodConnect || (flags_ & kSkipBody) || !has_body)) ||
      (type_ == Type::kResponse && status_code_ == 101)) {
    upgrade_ = true;  // the rest of the bytes are another protocol's
    return MessageComplete(p);
  }
  if ((flags_ & kSkipBody) ||
      (type_ == Type::kResponse && ((status_code_ >= 100 && status_code_ < 200) ||
                                    status_code_ == 204 || status_code_ == 304))) {
    return MessageComplete(p);
  }
  if (flags_ & kChunked) {
    state_ = State::kChunkSizeStart;
  } else if (flags_ & kTransferEncoding) {
    if (type_ == Type::kRequest &&
        !(lenient_ & (kLenientChunkedLength | kLenientTransferEncoding))) {
      return Fail(Error::kInvalidTransferEncoding, "Request has invalid `Transfer-Encoding`", p);
    }
    state_ = State::kBodyEof;
  } else if (!(flags_ & kContentLength)) {
    if (!MessageNeedsEof()) return MessageComplete(p);
    state_ = State::kBodyEof;
  } else if (content_length_ == 0) {
    return MessageComplete(p);
  } else {
    state_ = State::kBodyLength;
  }
  return nullptr;
}

const char* Parser::MessageComplete(const char* p) {
  bool keep_alive = ShouldKeepAlive() || (lenient_ & kLenientKeepAlive);
  if (callbacks_->OnMessageComplete() != 0 && error_ == Error::kOk) {
    return Fail(Error::kUser, reason_, p);
  }
  if (upgrade_) {
    state_ = State::kUpgraded;
    return Fail(Error::kPausedUpgrade, "Pause on CONNECT/Upgrade", p);
  }
  state_ = keep_alive ? State::kStart : State::kClosed;
  return nullptr;
}

// What is left of a body or a chunk (content_length_), as far as the
// buffer goes: one span, one call. False when the callback refused.
bool Parser::TakeBody(const char** p, const char* end) {
  size_t available = static_cast<size_t>(end - *p);
  size_t take = content_length_ < available ? static_cast<size_t>(content_length_) : available;
  content_length_ -= take;
  bool taken = callbacks_->OnBody(*p, take) == 0;
  *p += take;
  if (!taken) Fail(Error::kUser, reason_, *p);
  return taken;
}

size_t Parser::Execute(const char* data, size_t length) {
  if (error_ != Error::kOk) return 0;  // after an error or an upgrade
  const char* p = data;
  const char* const end = data + length;
  const char* mark = InSpan(state_) ? data : nullptr;  // where the open span began here
  const char* stop = nullptr;                          // where the parse stops, when it does

  // Ends the open span at `at` with `callback`; false when it refused.
  auto span = [&](int (Callbacks::*callback)(const char*, size_t), const char* at) {
    const char* from = mark;
    mark = nullptr;
    if ((callbacks_->*callback)(from, at - from) == 0) return true;
    if (error_ == Error::kOk) Fail(Error::kUser, reason_, at + 1);
    stop = at + 1;
    return false;
  };
  // The framing: which callback the open span goes to.
  auto span_callback = [&]() -> int (Callbacks::*)(const char*, size_t) {
    switch (state_) {
      case State::kStatusText:
        return &Callbacks::OnStatus;
      case State::kField:
        return &Callbacks::OnHeaderField;
      case State::kValue:
        return &Callbacks::OnHeaderValue;
      case State::kChunkExtName:
        return &Callbacks::OnChunkExtensionName;
      case State::kChunkExtValue:
      case State::kChunkExtQuoted:
      case State::kChunkExtEscape:
        return &Callbacks::OnChunkExtensionValue;
      default:
        return &Callbacks::OnUrl;
    }
  };

  while (p < end && stop == nullptr) {
    if (paused_) {
      stop = Fail(Error::kPaused, "Paused", p);
      break;
    }
    const unsigned char c = static_cast<unsigned char>(*p);
    switch (state_) {
      // ---- The start line ----
      case State::kStart:
        if (c == '\r' || c == '\n') break;  // CRLFs between messages are allowed
        StartMessage();
        if (callbacks_->OnMessageBegin() != 0) {
          stop = Fail(Error::kUser, reason_, p);
          break;
        }
        if (type_ == Type::kRequest) {
          state_ = State::kMethod;
        } else {
          state_ = State::kProtocol;
        }
        continue;  // the same byte, in the new state

      case State::kMethod: {
        if (c == ' ' && index_ > 0) {
          int exact = ExactMethod(method_candidates_, index_);
          if (exact >= 0) {
            method_ = exact;
            state_ = State::kUrlStart;
            break;
          }
        }
        uint64_t left = NarrowMethods(method_candidates_, index_, static_cast<char>(c));
        if (left != 0) {
          method_candidates_ = left;
          index_++;
          break;
        }
        stop = ExactMethod(method_candidates_, index_) >= 0
                   ? Fail(Error::kInvalidMethod, "Expected space after method", p)
                   : Fail(Error::kInvalidMethod, "Invalid method encountered", p);
        break;
      }

      case State::kUrlStart:
        if (c == ' ') break;
        mark = p;
        if (c == '/' || c == '*') {
          state_ = State::kUrlPath;
        } else if (method_ == kMethodConnect && IsServerByte(c)) {
          state_ = State::kUrlServer;  // CONNECT host:port
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          state_ = State::kUrlSchema;
        } else {
          stop = Fail(Error::kInvalidUrl, "Unexpected start char in url", p);
        }
        break;

      case State::kUrlSchema:
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') break;
        if (c == ':') {
          state_ = State::kUrlSlash1;
        } else if (c == ' ') {
          stop = Fail(Error::kInvalidUrl, "Invalid characters in url", p + 1);
        } else {
          stop = Fail(Error::kInvalidUrl, "Unexpected char in url schema", p);
        }
        break;

      case State::kUrlSlash1:
      case State::kUrlSlash2:
        if (c != '/') {
          stop = Fail(Error::kInvalidUrl, "Unexpected char in url schema", p);
          break;
        }
        state_ = state_ == State::kUrlSlash1 ? State::kUrlSlash2 : State::kUrlServer;
        break;

      case State::kUrlServer:
      case State::kUrlPath:
      case State::kUrlQuery:
      case State::kUrlFragment: {
        if (c == ' ') {
          if (!span(&Callbacks::OnUrl, p)) break;
          state_ = State::kProtocol;
          index_ = 0;
          break;
        }
        if (c == '\r' || c == '\n') {  // no version: HTTP/0.9
          if (!span(&Callbacks::OnUrl, p)) break;
          major_ = 0;
          minor_ = 9;
          state_ = c == '\r' ? State::kUrlLf : State::kFieldStart;
          break;
        }
        if (c == '\t' || c == '\f') {
          stop = Fail(Error::kInvalidUrl, "Invalid characters in url", p + 1);
          break;
        }
        if (state_ == State::kUrlServer) {
          if (c == '/') {
            state_ = State::kUrlPath;
          } else if (c == '?') {
            state_ = State::kUrlQuery;
          } else if (!IsServerByte(c)) {
            stop = Fail(Error::kInvalidUrl, "Unexpected char in url server", p);
          }
          break;
        }
        if (c != '?' && c != '#' && IsUrlByte(c)) {
          // The common case: a run of plain URL bytes, taken in one loop.
          while (p + 1 < end && (kClasses.of[static_cast<unsigned char>(p[1])] & kPlainUrl)) p++;
          break;
        }
        if (!IsUrlByte(c)) {
          stop = Fail(Error::kInvalidUrl,
                      state_ == State::kUrlPath    ? "Invalid char in url path"
                      : state_ == State::kUrlQuery ? "Invalid char in url query"
                                                   : "Invalid char in url fragment start",
                      p);
        } else if (c == '?' && state_ == State::kUrlPath) {
          state_ = State::kUrlQuery;
        } else if (c == '#' && state_ != State::kUrlFragment) {
          state_ = State::kUrlFragment;
        }
        break;
      }

      case State::kUrlLf:
        if (c != '\n') {
          stop = Fail(Error::kInvalidUrl, "Expected CRLF", p);
          break;
        }
        state_ = State::kFieldStart;
        break;

      case State::kProtocol: {
        // "HTTP/" (or RTSP/, which Node's parser also takes for a request).
        static const char kHttp[] = "HTTP/";
        static const char kRtsp[] = "RTSP/";
        if (index_ == 0) protocol_ = c;
        const char* word = protocol_ == 'R' && type_ == Type::kRequest ? kRtsp : kHttp;
        if (c != word[index_]) {
          stop = Fail(Error::kInvalidConstant, "Expected HTTP/, RTSP/ or ICE/", p);
          break;
        }
        if (++index_ == 5) {
          if (type_ == Type::kRequest && protocol_ == 'H' && !kMethods[method_].http &&
              method_ != kMethodPri) {
            stop = Fail(Error::kInvalidConstant, "Invalid method for HTTP/x.x request", p);
            break;
          }
          state_ = State::kMajor;
        }
        break;
      }

      case State::kMajor:
        if (c < '0' || c > '9') {
          stop = Fail(Error::kInvalidVersion, "Invalid major version", p);
          break;
        }
        major_ = c - '0';
        state_ = State::kDot;
        break;

      case State::kDot:
        if (c != '.') {
          stop = Fail(Error::kInvalidVersion, "Expected dot", p);
          break;
        }
        state_ = State::kMinor;
        break;

      case State::kMinor: {
        if (c < '0' || c > '9') {
          stop = Fail(Error::kInvalidVersion, "Invalid minor version", p);
          break;
        }
        minor_ = c - '0';
        bool known = (major_ == 1 && minor_ <= 1) || (major_ == 0 && minor_ == 9) ||
                     (major_ == 2 && minor_ == 0);
        if (!known && !(lenient_ & kLenientVersion)) {
          stop = Fail(Error::kInvalidVersion, "Invalid HTTP version", p + 1);
          break;
        }
        state_ = type_ == Type::kRequest ? State::kAfterVersion : State::kResSpace;
        break;
      }

      case State::kAfterVersion:
        if (c == '\r') {
          state_ = State::kLineLf;
        } else if (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf)) {
          state_ = State::kFieldStart;
        } else {
          stop = Fail(Error::kInvalidVersion, "Expected CRLF after version", c == '\n' ? p + 1 : p);
        }
        break;

      case State::kLineLf:
        if (c != '\n') {
          stop = Fail(Error::kStrict, "Expected CRLF after version", p);
          break;
        }
        state_ = State::kFieldStart;
        if (method_ == kMethodPri && major_ == 2) {
          state_ = State::kPriPreface;  // "PRI * HTTP/2.0": a client speaking HTTP/2
          index_ = 0;
        }
        break;

      case State::kPriPreface:
        if (c != "\r\nSM\r\n\r\n"[index_]) {
          stop = Fail(Error::kInvalidVersion, "Expected HTTP/2 Connection Preface", p);
        } else if (++index_ == 8) {
          stop = Fail(Error::kPausedH2Upgrade, "Pause on PRI/Upgrade", p + 1);
        }
        break;

      case State::kResSpace:
        if (c != ' ') {
          stop = Fail(Error::kInvalidVersion, "Expected space after version", p);
          break;
        }
        state_ = State::kStatus;
        index_ = 0;
        break;

      case State::kStatus:
        if (c >= '0' && c <= '9' && index_ < 3) {
          status_code_ = status_code_ * 10 + (c - '0');
          index_++;
          break;
        }
        if (index_ < 3) {
          stop = Fail(Error::kInvalidStatus, "Invalid status code", p);
        } else if (c == ' ') {
          state_ = State::kStatusText;
          mark = p + 1;
        } else if (c == '\r' || (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf))) {
          mark = p;
          state_ = State::kStatusText;
          continue;  // an empty status text
        } else if (c == '\n') {
          stop = Fail(Error::kCrExpected, "Missing expected CR after response line", p + 1);
        } else {
          stop = Fail(Error::kInvalidStatus, "Invalid response status", p);
        }
        break;

      case State::kStatusText:
        if (c == '\r') {
          if (!span(&Callbacks::OnStatus, p)) break;
          state_ = State::kStatusLf;
        } else if (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf)) {
          if (!span(&Callbacks::OnStatus, p)) break;
          state_ = State::kFieldStart;  // a bare LF ends the line: lenient only
        } else if (c == '\n') {
          stop = Fail(Error::kCrExpected, "Missing expected CR after response line", p + 1);
        }
        break;

      case State::kStatusLf:
        if (c != '\n') {
          stop = Fail(Error::kStrict, "Expected LF after CR", p);
          break;
        }
        state_ = State::kFieldStart;
        break;

      // ---- Header lines (and trailers) ----
      case State::kFieldStart:
        if (c == '\r') {
          state_ = State::kHeadersLf;
        } else if (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf)) {
          state_ = State::kHeadersLf;  // a bare LF ends the headers: lenient only
          continue;
        } else if (c == '\n') {
          stop = Fail(Error::kInvalidHeaderToken, "Invalid header field char", p + 1);
        } else if (c == ' ' || c == '\t') {
          stop =
              first_header_
                  ? Fail(Error::kUnexpectedSpace, "Unexpected space after start line", p + 1)
                  : Fail(Error::kInvalidHeaderToken, "Unexpected whitespace after header value", p);
        } else if (IsToken(c)) {
          mark = p;
          index_ = 0;
          // In trailers only the framing headers are checked (both refused).
          name_match_ = (flags_ & kTrailing) ? 0x3 : 0xf;
          state_ = State::kField;
          continue;
        } else {
          stop = Fail(Error::kInvalidHeaderToken, "Invalid header token", p);
        }
        break;

      case State::kField:
        if (IsToken(c)) {
          HeaderNameByte(static_cast<char>(c));
          if (name_match_ == 0) {  // no framing header: the rest of the name in one loop
            while (p + 1 < end && IsToken(static_cast<unsigned char>(p[1]))) p++;
          }
          break;
        }
        if (c != ':') {
          stop = Fail(Error::kInvalidHeaderToken, "Invalid header token", p);
          break;
        }
        if (!span(&Callbacks::OnHeaderField, p)) break;
        special_ = Special::kNone;
        for (size_t i = 0; i < kSpecialCount; i++) {
          if ((name_match_ & (1u << i)) && kSpecialNames[i].size() == index_) {
            special_ = static_cast<Special>(i + 1);
          }
        }
        if (special_ == Special::kTransferEncoding) {
          if ((flags_ & kContentLength) && !(lenient_ & kLenientChunkedLength)) {
            stop = Fail(Error::kInvalidTransferEncoding,
                        "Transfer-Encoding can't be present with Content-Length", p + 1);
            break;
          }
          flags_ |= kTransferEncoding;
        } else if (special_ == Special::kContentLength) {
          if ((flags_ & kTransferEncoding) && !(lenient_ & kLenientChunkedLength)) {
            stop = Fail(Error::kInvalidContentLength,
                        "Content-Length can't be present with Transfer-Encoding", p + 1);
            break;
          }
        } else if (special_ == Special::kUpgrade) {
          flags_ |= kUpgradeHeader;
        }
        token_state_ = 0;
        index_ = 0;
        value_seen_ = false;
        state_ = State::kValueStart;
        break;

      case State::kValueStart:
        if (c == ' ' || c == '\t') break;
        if (special_ == Special::kTransferEncoding && c != '\r' && c != '\n' &&
            (flags_ & kChunked)) {
          // Another coding after `chunked` (a second header, or one in the
          // trailers): a request must not; a response's body is no longer
          // chunked. An empty value changes nothing.
          if (type_ == Type::kRequest && !(lenient_ & kLenientTransferEncoding)) {
            stop = Fail(Error::kInvalidTransferEncoding, "Invalid `Transfer-Encoding` header value",
                        p + 1);
            break;
          }
          flags_ &= ~kChunked;
        }
        if (special_ == Special::kContentLength && c != '\r' && c != '\n') {
          if (flags_ & kContentLength) {
            stop = Fail(Error::kUnexpectedContentLength, "Duplicate Content-Length", p);
            break;
          }
          flags_ |= kContentLength;
          content_length_ = 0;
        }
        mark = p;
        state_ = State::kValue;
        continue;

      case State::kValue:
        if (c == '\r' || (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf))) {
          if (!span(&Callbacks::OnHeaderValue, p)) break;
          EndHeaderValue(p);
          state_ = State::kValueLf;
          if (c == '\n') continue;
          break;
        }
        if (c == '\n') {
          stop = Fail(Error::kCrExpected, "Missing expected CR after header value", p);
          break;
        }
        if (!IsValueByte(c) && !(lenient_ & kLenientHeaders)) {
          stop = Fail(Error::kInvalidHeaderToken, "Invalid header value char", p);
          break;
        }
        if (special_ == Special::kNone) {  // no framing header: the rest of the line in one loop
          // (CR and LF are no kValue bytes: the loop ends before them.)
          if (lenient_ & kLenientHeaders) {
            while (p + 1 < end && p[1] != '\r' && p[1] != '\n') p++;
          } else {
            while (p + 1 < end && IsValueByte(static_cast<unsigned char>(p[1]))) p++;
          }
        } else if (const char* at = HeaderValueByte(p)) {
          stop = at;
        }
        break;

      case State::kValueLf:
        if (c != '\n') {
          stop = Fail(Error::kLfExpected, "Missing expected LF after header value", p);
          break;
        }
        if (special_ == Special::kContentLength && !value_seen_) {
          stop = Fail(Error::kInvalidContentLength, "Empty Content-Length", p + 1);
          break;
        }
        special_ = Special::kNone;
        first_header_ = false;
        state_ = State::kFieldStart;
        break;

      case State::kHeadersLf:
        if (c != '\n') {
          stop = Fail(Error::kStrict, "Expected LF after headers", p);
          break;
        }
        if (const char* at = HeadersComplete(p + 1)) stop = at;
        break;

      // ---- The body ----
      case State::kBodyLength: {
        if (!TakeBody(&p, end)) {
          stop = p;
          break;
        }
        if (content_length_ == 0) {
          if (const char* at = MessageComplete(p)) stop = at;
        }
        continue;
      }

      case State::kBodyEof:
        if (callbacks_->OnBody(p, static_cast<size_t>(end - p)) != 0) {
          stop = Fail(Error::kUser, reason_, end);
        }
        p = end;
        continue;

      case State::kChunkSizeStart:
        if (HexValue(c) < 0) {
          stop = Fail(Error::kInvalidChunkSize, "Invalid character in chunk size", p);
          break;
        }
        content_length_ = static_cast<uint64_t>(HexValue(c));
        state_ = State::kChunkSize;
        break;

      case State::kChunkSize:
        if (HexValue(c) >= 0) {
          if (content_length_ >> 60) {
            stop = Fail(Error::kInvalidChunkSize, "Chunk size overflow", p + 1);
            break;
          }
          content_length_ = content_length_ * 16 + static_cast<uint64_t>(HexValue(c));
        } else if (c == '\r') {
          state_ = State::kChunkSizeLf;
        } else if (c == ';') {
          state_ = State::kChunkExtName;
          mark = p + 1;
        } else if (c == ' ' && (lenient_ & kLenientSpacesAfterChunkSize)) {
        } else if (c == ' ') {
          stop = Fail(Error::kInvalidChunkSize, "Invalid character in chunk size", p + 1);
        } else if (c == '\n') {
          stop = Fail(Error::kCrExpected, "Missing expected CR after chunk size", p + 1);
        } else {
          stop = Fail(Error::kInvalidChunkSize, "Invalid character in chunk size", p);
        }
        break;

      // Extensions are spans (`name`, `value` or `"quoted value`) for the
      // callbacks, which may limit their size; the parser ignores them.
      case State::kChunkExtName:
        if (c == '=') {
          if (!span(&Callbacks::OnChunkExtensionName, p)) break;
          state_ = State::kChunkExtValue;
          index_ = 0;
          mark = p + 1;
        } else if (c == '\r' || c == ';') {
          if (!span(&Callbacks::OnChunkExtensionName, p)) break;
          if (c == ';') {
            mark = p + 1;
          } else {
            state_ = State::kChunkSizeLf;
          }
        } else if (!IsToken(c)) {
          stop = Fail(Error::kStrict, "Invalid character in chunk extensions name", p + 1);
        }
        break;

      case State::kChunkExtValue:
        if (c == '"' && index_ == 0) {
          state_ = State::kChunkExtQuoted;
        } else if (c == ';' || c == '\r') {
          if (!span(&Callbacks::OnChunkExtensionValue, p)) break;
          if (c == ';') {
            state_ = State::kChunkExtName;
            mark = p + 1;
          } else {
            state_ = State::kChunkSizeLf;
          }
        } else if (!IsToken(c)) {
          stop = Fail(Error::kStrict, "Invalid character in chunk extensions value", p + 1);
        }
        index_ = 1;
        break;

      case State::kChunkExtQuoted:
        if (c == '"') {
          if (!span(&Callbacks::OnChunkExtensionValue, p)) break;
          state_ = State::kChunkExtAfterQuote;
        } else if (c == '\\') {
          state_ = State::kChunkExtEscape;
        } else if (!IsValueByte(c)) {
          stop = Fail(Error::kStrict, "Invalid character in chunk extensions quoted value", p + 1);
        }
        break;

      case State::kChunkExtEscape:
        if (!IsValueByte(c)) {
          stop =
              Fail(Error::kStrict, "Invalid quoted-pair in chunk extensions quoted value", p + 1);
          break;
        }
        state_ = State::kChunkExtQuoted;
        break;

      case State::kChunkExtAfterQuote:
        if (c == ';') {
          state_ = State::kChunkExtName;
          mark = p + 1;
        } else if (c == '\r') {
          state_ = State::kChunkSizeLf;
        } else {
          stop = Fail(Error::kStrict, "Invalid character in chunk extensions quote value", p);
        }
        break;

      case State::kChunkSizeLf:
        if (c != '\n') {
          stop = Fail(Error::kStrict, "Expected LF after chunk size", p);
          break;
        }
        if (callbacks_->OnChunkHeader(content_length_) != 0) {
          stop = Fail(Error::kUser, reason_, p + 1);
          break;
        }
        if (content_length_ == 0) {  // the last chunk: trailers follow
          flags_ |= kTrailing;
          state_ = State::kFieldStart;
        } else {
          state_ = State::kChunkData;
        }
        break;

      case State::kChunkData: {
        if (!TakeBody(&p, end)) {
          stop = p;
          break;
        }
        if (content_length_ == 0) state_ = State::kChunkDataCr;
        continue;
      }

      case State::kChunkDataCr:
        if (c == '\r') {
          state_ = State::kChunkDataLf;
        } else if (c == '\n' && (lenient_ & kLenientOptionalCrBeforeLf)) {
          state_ = State::kChunkDataLf;
          continue;
        } else {
          stop = Fail(Error::kStrict, "Expected LF after chunk data", p);
        }
        break;

      case State::kChunkDataLf:
        if (c != '\n') {
          stop = Fail(Error::kStrict, "Expected LF after chunk data", p);
          break;
        }
        if (callbacks_->OnChunkComplete() != 0) {
          stop = Fail(Error::kUser, reason_, p + 1);
          break;
        }
        state_ = State::kChunkSizeStart;
        break;

      // ---- After a message ----
      case State::kClosed:
        if (c == '\r' || c == '\n') break;
        if (lenient_ & kLenientDataAfterClose) {
          state_ = State::kStart;
          continue;
        }
        stop = Fail(Error::kClosedConnection, "Data after `Connection: close`", p + 1);
        break;

      case State::kUpgraded:
        stop = p;
        break;
    }
    if (stop == nullptr) p++;
  }

  if (stop != nullptr) return static_cast<size_t>(stop - data);
  // The buffer ended inside a span: report what it holds; the rest comes
  // with the next buffer.
  if (mark != nullptr && InSpan(state_)) {
    if (!span(span_callback(), end)) return static_cast<size_t>(end - data);
  }
  return length;
}

Error Parser::Finish() {
  // An error was reported already (by execute()); as llhttp, finish() does not report it again.
  if (error_ != Error::kOk) return Error::kOk;
  switch (state_) {
    case State::kStart:
    case State::kClosed:
    case State::kUpgraded:
      return Error::kOk;
    case State::kBodyEof:
      MessageComplete(nullptr);
      return error_ == Error::kUser ? error_ : Error::kOk;
    default:
      Fail(Error::kInvalidEofState, "Invalid EOF state", nullptr);
      return error_;
  }
}

}  // namespace http
