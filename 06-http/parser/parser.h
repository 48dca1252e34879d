/// \file
/// An incremental HTTP/1.1 parser: the lesson of stage 06. (Node: the
/// llhttp library, deps/llhttp, generated from a TypeScript description;
/// here it is one hand-written state machine.)
///
/// A socket hands over bytes in pieces of any size: a whole request, ten
/// requests, or one byte. So the parser keeps its place in a `State` between
/// calls of Execute(), and never needs to see a message whole. It does not
/// copy or allocate: what it finds (the URL, a header's name, a body) is
/// reported as a span of the caller's buffer through a Callbacks method, the
/// moment the span ends or the buffer does. A header value split over two
/// reads is thus reported in two calls; the caller (the http_parser binding)
/// joins them.
///
/// What it knows beyond the grammar is what decides where a message ends
/// (HTTP/1.1 framing, RFC 9112 section 6):
///   - Content-Length: a body of exactly that many bytes;
///   - Transfer-Encoding ending in `chunked`: chunks, each with its size in
///     hexadecimal, up to a chunk of size 0 and the trailers;
///   - neither, in a response: the body runs until the connection closes
///     (Finish()); in a request: there is no body.
/// and whether the connection stays open after it (keep-alive), or turns
/// into another protocol (Upgrade, CONNECT).
///
/// Strictness is Node 20's default: what it rejects, with which error code
/// and reason, follows Node's parser byte for byte (tests/06-http/ holds
/// the table). The lenient flags relax it as --insecure-http-parser does.
#pragma once

#include <cstddef>
#include <cstdint>

#include "parser/methods.h"

namespace http {

/// Why Execute() stopped early (Node's HPE_* codes; ErrorName() spells them).
enum class Error {
  kOk,
  kInternal,
  kStrict,
  kCrExpected,
  kLfExpected,
  kUnexpectedContentLength,
  kUnexpectedSpace,
  kClosedConnection,
  kInvalidMethod,
  kInvalidUrl,
  kInvalidConstant,
  kInvalidVersion,
  kInvalidHeaderToken,
  kInvalidContentLength,
  kInvalidChunkSize,
  kInvalidStatus,
  kInvalidEofState,
  kInvalidTransferEncoding,
  kCallbackHeadersComplete,
  kPaused,
  kPausedUpgrade,
  kPausedH2Upgrade,  ///< the HTTP/2 preface: another protocol
  kUser,             ///< a callback refused (see Parser::SetUserError)
};

/// "HPE_INVALID_METHOD" and the like.
const char* ErrorName(Error error);

/// What --insecure-http-parser turns on (Node's kLenient* values).
enum Lenient : uint32_t {
  kLenientHeaders = 1,           ///< any byte but CR/LF in a header value
  kLenientChunkedLength = 2,     ///< Content-Length beside Transfer-Encoding
  kLenientKeepAlive = 4,         ///< keep-alive even after `Connection: close`
  kLenientTransferEncoding = 8,  ///< a request's Transfer-Encoding may end otherwise
  kLenientVersion = 16,          ///< any one-digit version
  kLenientDataAfterClose = 32,   ///< parse what follows a closing message
  kLenientOptionalLfAfterCr = 64,
  kLenientOptionalCrlfAfterChunk = 128,
  kLenientOptionalCrBeforeLf = 256,
  kLenientSpacesAfterChunkSize = 512,
};

class Parser;

/// What the parser reports. Span callbacks may come several times for one
/// span (once per buffer it lies in). A callback returning non-zero stops
/// Execute() with Error::kUser, unless it set another error.
class Callbacks {
 public:
  virtual ~Callbacks() = default;
  virtual int OnMessageBegin() { return 0; }
  virtual int OnUrl(const char* at, size_t length) { return 0; }
  virtual int OnStatus(const char* at, size_t length) { return 0; }
  virtual int OnHeaderField(const char* at, size_t length) { return 0; }
  virtual int OnHeaderValue(const char* at, size_t length) { return 0; }
  /// Not called after trailers: they end the message (OnMessageComplete).
  /// Returns 0, or 1 when the message has no
  /// body whatever its headers say (a response to HEAD), or 2 for that and
  /// an upgrade (a response to CONNECT); -1 is an error.
  virtual int OnHeadersComplete() { return 0; }
  virtual int OnBody(const char* at, size_t length) { return 0; }
  /// A chunk extension's name and value (a quoted value from its opening
  /// quote), in as many pieces as the buffers cut them into.
  virtual int OnChunkExtensionName(const char* at, size_t length) { return 0; }
  virtual int OnChunkExtensionValue(const char* at, size_t length) { return 0; }
  virtual int OnChunkHeader(uint64_t size) { return 0; }
  virtual int OnChunkComplete() { return 0; }
  virtual int OnMessageComplete() { return 0; }
};

class Parser {
 public:
  enum class Type { kRequest = 1, kResponse = 2 };

  Parser(Type type, Callbacks* callbacks, uint32_t lenient_flags = 0);

  /// Parses `data`, calling back as it goes. Returns how many bytes were
  /// taken: all of them, unless an error (error() says which) or an upgrade
  /// (upgrade(): the rest is another protocol's) stopped it there.
  size_t Execute(const char* data, size_t length);
  /// The connection ended. A body read until the end completes; a message
  /// cut short is Error::kInvalidEofState.
  Error Finish();

  /// Stops the parse at the next byte (Node's parser.pause()): Execute()
  /// returns Error::kPaused until Resume().
  void Pause() { paused_ = true; }
  void Resume();
  /// After Error::kPausedUpgrade (llhttp_resume_after_upgrade): the next
  /// Execute() reads a new message. A server whose user declined the
  /// upgrade keeps speaking HTTP on the connection.
  void ResumeAfterUpgrade();

  Error error() const { return error_; }
  /// The reason of error(), as Node's parser words it.
  const char* reason() const { return reason_; }
  /// For a callback that refuses (returns non-zero): the reason Execute()
  /// reports with Error::kUser (a string that outlives the parser).
  void SetUserError(const char* reason) { reason_ = reason; }

  Type type() const { return type_; }
  int method() const { return method_; }
  int status_code() const { return status_code_; }
  int http_major() const { return major_; }
  int http_minor() const { return minor_; }
  bool upgrade() const { return upgrade_; }
  /// Whether the connection may carry another message after this one.
  bool ShouldKeepAlive() const;
  /// Whether the message's body runs until the connection closes.
  bool MessageNeedsEof() const;

  /// Where the parser is; the states are listed in parser.cc.
  enum class State : uint8_t;

 private:
  enum Flags : uint16_t {
    kConnectionKeepAlive = 1,
    kConnectionClose = 2,
    kConnectionUpgrade = 4,
    kChunked = 8,
    kUpgradeHeader = 16,
    kContentLength = 32,
    kSkipBody = 64,
    kTrailing = 128,
    kTransferEncoding = 256,
  };
  /// Which header's value is being read, for the headers that frame.
  enum class Special : uint8_t { kNone, kContentLength, kTransferEncoding, kConnection, kUpgrade };

  // The steps of Execute(), one per kind of byte run (parser.cc).
  const char* Fail(Error error, const char* reason, const char* at);
  void StartMessage();
  bool HeaderNameByte(char c);
  const char* HeaderValueByte(const char* p);
  const char* EndHeaderValue(const char* p);
  const char* HeadersComplete(const char* p);
  bool TakeBody(const char** p, const char* end);
  const char* MessageComplete(const char* p);

  Type type_;
  Callbacks* callbacks_;
  uint32_t lenient_;
  State state_;
  Error error_ = Error::kOk;
  const char* reason_ = "";
  bool paused_ = false;
  bool upgrade_ = false;

  // The message so far.
  uint16_t flags_ = 0;
  int method_ = 0;
  int status_code_ = 0;
  int major_ = 0;
  int minor_ = 0;
  uint64_t content_length_ = 0;  ///< what is left of the body or the chunk
  bool first_header_ = true;     ///< no header line read yet

  // Matching progress that must survive the end of a buffer.
  uint8_t index_ = 0;               ///< position in the word being matched
  char protocol_ = 0;               ///< 'H' (HTTP/) or 'R' (RTSP/, requests only)
  uint64_t method_candidates_ = 0;  ///< a bit per method its letters so far may begin
  Special special_ = Special::kNone;
  uint8_t name_match_ = 0;   ///< bit set: which special names still match
  uint8_t token_state_ = 0;  ///< inside a special header's value (parser.cc)
  bool value_seen_ = false;  ///< a Content-Length digit, for "Empty Content-Length"
};

}  // namespace http
