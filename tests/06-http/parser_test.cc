// The HTTP/1.1 parser alone (06-http/parser/), with no V8: what it accepts
// and rejects, with Node's error codes, and that the pieces a message
// arrives in never change what it reports: every input is also parsed one
// byte at a time and split in two at every offset.
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using http::Error;
using http::Parser;

/// Writes every event down as text; spans of one element are joined, so
/// that the record does not depend on where the buffers ended.
class Recorder : public http::Callbacks {
 public:
  std::string log;
  int headers_complete_answer = 0;

  int OnMessageBegin() override { return Event("begin"); }
  int OnUrl(const char* at, size_t length) override { return Span("url", at, length); }
  int OnStatus(const char* at, size_t length) override { return Span("status", at, length); }
  int OnHeaderField(const char* at, size_t length) override { return Span("field", at, length); }
  int OnHeaderValue(const char* at, size_t length) override { return Span("value", at, length); }
  int OnHeadersComplete() override {
    Event("headers-complete");
    return headers_complete_answer;
  }
  int OnBody(const char* at, size_t length) override { return Span("body", at, length); }
  int OnChunkExtensionName(const char* at, size_t length) override {
    return Span("ext-name", at, length);
  }
  int OnChunkExtensionValue(const char* at, size_t length) override {
    return Span("ext-value", at, length);
  }
  int OnChunkHeader(uint64_t size) override { return Event("chunk " + std::to_string(size)); }
  int OnChunkComplete() override { return Event("chunk-complete"); }
  int OnMessageComplete() override { return Event("complete"); }

 private:
  int Event(const std::string& name) {
    log += "\n" + name;
    last_ = name;
    return 0;
  }
  int Span(const std::string& name, const char* at, size_t length) {
    if (last_ != name) {
      log += "\n" + name + " ";
      last_ = name;
    }
    log.append(at, length);
    return 0;
  }
  std::string last_;
};

struct Outcome {
  std::string log;
  std::string error;  // the HPE_* name; "HPE_OK" when all was taken
  size_t taken = 0;
  bool keep_alive = false;
  bool upgrade = false;
};

/// Parses `input` in the pieces `cuts` makes (offsets where a piece ends).
Outcome Parse(Parser::Type type, const std::string& input, const std::vector<size_t>& cuts,
              uint32_t lenient = 0) {
  Recorder recorder;
  Parser parser(type, &recorder, lenient);
  Outcome outcome;
  size_t from = 0;
  std::vector<size_t> ends = cuts;
  ends.push_back(input.size());
  for (size_t end : ends) {
    if (end < from) continue;
    size_t taken = parser.Execute(input.data() + from, end - from);
    outcome.taken += taken;
    if (parser.error() != Error::kOk) break;
    from = end;
  }
  outcome.log = recorder.log;
  outcome.error = http::ErrorName(parser.error());
  outcome.keep_alive = parser.ShouldKeepAlive();
  outcome.upgrade = parser.upgrade();
  return outcome;
}

/// The events of a log without its spans: what must not depend on the
/// pieces even when an error stops the parse (a span cut by the error is
/// reported as far as the last piece before it went).
std::string EventsOnly(const std::string& log) {
  std::string events;
  size_t start = 0;
  while (start < log.size()) {
    size_t end = log.find('\n', start + 1);
    if (end == std::string::npos) end = log.size();
    std::string line = log.substr(start, end - start);
    for (const char* span : {"\nurl ", "\nstatus ", "\nfield ", "\nvalue ", "\nbody ",
                             "\next-name ", "\next-value "}) {
      if (line.rfind(span, 0) == 0) line.clear();
    }
    events += line;
    start = end;
  }
  return events;
}

/// Compares the parse of `input` in pieces with the parse of it whole.
void ExpectSameParse(const Outcome& pieces, const Outcome& whole, const std::string& how,
                     const std::string& input) {
  EXPECT_EQ(pieces.error, whole.error) << how << ": " << input;
  if (whole.error == "HPE_OK") {
    EXPECT_EQ(pieces.log, whole.log) << how << ": " << input;
  } else {
    EXPECT_EQ(EventsOnly(pieces.log), EventsOnly(whole.log)) << how << ": " << input;
  }
}

/// The parse of `input` whole, checked to be the same one byte at a time
/// and in two pieces split at every offset.
Outcome ParseEveryWay(Parser::Type type, const std::string& input, uint32_t lenient = 0) {
  Outcome whole = Parse(type, input, {}, lenient);
  std::vector<size_t> every;
  for (size_t i = 1; i < input.size(); i++) every.push_back(i);
  ExpectSameParse(Parse(type, input, every, lenient), whole, "one byte at a time", input);
  for (size_t cut = 1; cut < input.size(); cut++) {
    ExpectSameParse(Parse(type, input, {cut}, lenient), whole, "split at " + std::to_string(cut),
                    input);
  }
  return whole;
}

struct Case {
  const char* input;
  const char* error;  // "HPE_OK" when accepted
};

// Requests, as NODE-NOTES lists what Node 20 accepts and rejects.
const Case kRequests[] = {
    {"GET / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_OK"},
    {"\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_OK"},  // leading CRLF
    {"GET / HTTP/1.0\r\n\r\n", "HPE_OK"},                 // 1.0 without Host
    {"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "HPE_OK"},
    {"OPTIONS * HTTP/1.1\r\n\r\n", "HPE_OK"},
    {"GET http://example.com:80/x?y#z HTTP/1.1\r\n\r\n", "HPE_OK"},
    {"GET / HTTP/1.1\r\nX: a\tb \xe9\xff\r\n\r\n", "HPE_OK"},  // tabs and obs-text
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked \r\n\r\n0\r\n\r\n", "HPE_OK"},
    {"POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\nhello", "HPE_INVALID_CONTENT_LENGTH"},
    {"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
     "HPE_UNEXPECTED_CONTENT_LENGTH"},
    {"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH"},
    {"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
     "HPE_INVALID_TRANSFER_ENCODING"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n0\r\n\r\n",
     "HPE_INVALID_CONTENT_LENGTH"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nx", "HPE_INVALID_TRANSFER_ENCODING"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
     "HPE_INVALID_TRANSFER_ENCODING"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\t\r\n\r\n0\r\n\r\n",
     "HPE_INVALID_TRANSFER_ENCODING"},
    {"GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n", "HPE_INVALID_HEADER_TOKEN"},  // obs-fold
    {"GET / HTTP/1.1\nHost: a\r\n\r\n", "HPE_INVALID_VERSION"},            // bare LF
    {"GET / HTTP/1.1\r\nHost: a\n\r\n", "HPE_CR_EXPECTED"},
    {"GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", "HPE_LF_EXPECTED"},
    {"GET / HTTP/1.1\r\nHo st: a\r\n\r\n", "HPE_INVALID_HEADER_TOKEN"},
    {"GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n", "HPE_INVALID_HEADER_TOKEN"},
    {"GET / HTTP/1.2\r\n\r\n", "HPE_INVALID_VERSION"},
    {"GET / HTTP/3.0\r\n\r\n", "HPE_INVALID_VERSION"},
    {"GET / http/1.1\r\n\r\n", "HPE_INVALID_CONSTANT"},
    {"get / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD"},
    {"FOO / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD"},
    {"GET /a b HTTP/1.1\r\n\r\n", "HPE_INVALID_CONSTANT"},
    {"GET /\x01 HTTP/1.1\r\n\r\n", "HPE_INVALID_URL"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n",
     "HPE_INVALID_CHUNK_SIZE"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nq\r\n", "HPE_INVALID_CHUNK_SIZE"},
    {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n11111111111111111\r\n",
     "HPE_INVALID_CHUNK_SIZE"},
    {"POST / HTTP/1.0\r\n\r\nbody", "HPE_CLOSED_CONNECTION"},
};

TEST(HttpParser, RequestTableEveryWay) {
  for (const Case& c : kRequests) {
    std::string input = c.input;
    Outcome outcome = ParseEveryWay(Parser::Type::kRequest, input);
    EXPECT_EQ(outcome.error, c.error) << input;
  }
}

TEST(HttpParser, NulInAValueIsRejected) {
  const char bytes[] = "GET / HTTP/1.1\r\nX: a\0b\r\n\r\n";
  std::string input(bytes, sizeof bytes - 1);
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, input).error, "HPE_INVALID_HEADER_TOKEN");
}

TEST(HttpParser, RequestReportsItsParts) {
  Outcome outcome = ParseEveryWay(
      Parser::Type::kRequest, "POST /p?q=1 HTTP/1.1\r\nHost: h\r\nContent-Length:  3 \r\n\r\nabc");
  EXPECT_EQ(outcome.error, "HPE_OK");
  EXPECT_EQ(outcome.log,
            "\nbegin\nurl /p?q=1\nfield Host\nvalue h\nfield Content-Length\nvalue 3 "
            "\nheaders-complete\nbody abc\ncomplete");
  EXPECT_TRUE(outcome.keep_alive);
}

TEST(HttpParser, PipelinedRequests) {
  Outcome outcome =
      ParseEveryWay(Parser::Type::kRequest,
                    "GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\n"
                    "okDELETE /3 HTTP/1.1\r\n\r\n");
  EXPECT_EQ(outcome.error, "HPE_OK");
  EXPECT_EQ(outcome.log,
            "\nbegin\nurl /1\nheaders-complete\ncomplete"
            "\nbegin\nurl /2\nfield Content-Length\nvalue 2\nheaders-complete\nbody ok\ncomplete"
            "\nbegin\nurl /3\nheaders-complete\ncomplete");
}

TEST(HttpParser, ChunkedWithExtensionsAndTrailers) {
  Outcome outcome = ParseEveryWay(
      Parser::Type::kRequest,
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
      "5;name=value;quoted=\"a \\\" b\"\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n");
  EXPECT_EQ(outcome.error, "HPE_OK");
  EXPECT_EQ(outcome.log,
            "\nbegin\nurl /\nfield Transfer-Encoding\nvalue gzip, chunked\nheaders-complete"
            "\next-name name\next-value value\next-name quoted\next-value \"a \\\" b"
            "\nchunk 5\nbody hello\nchunk-complete\nchunk 10\nbody 0123456789\nchunk-complete"
            "\nchunk 0\nfield X-Trailer\nvalue t\nchunk-complete\ncomplete");
}

TEST(HttpParser, ConnectionAndUpgrade) {
  Outcome close = ParseEveryWay(Parser::Type::kRequest,
                                "GET / HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n");
  EXPECT_FALSE(close.keep_alive);
  Outcome kept =
      ParseEveryWay(Parser::Type::kRequest, "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
  EXPECT_TRUE(kept.keep_alive);
  // An upgrade stops the parse where the message ends: the rest is not HTTP.
  const std::string upgrade = "GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n";
  Outcome upgraded = Parse(Parser::Type::kRequest, upgrade + "\x81\x05hello", {});
  EXPECT_TRUE(upgraded.upgrade);
  EXPECT_EQ(upgraded.error, "HPE_PAUSED_UPGRADE");
  EXPECT_EQ(upgraded.taken, upgrade.size());
  Outcome connect = Parse(Parser::Type::kRequest, "CONNECT h:443 HTTP/1.1\r\n\r\nTLS", {});
  EXPECT_TRUE(connect.upgrade);
  EXPECT_EQ(connect.taken, 26u);
}

// Transfer-Encoding after a final `chunked` (another header, or one in the
// trailers) is refused in a request; an empty one changes nothing; in a
// response it ends the chunked framing. Content-Length in trailers is
// refused as beside Transfer-Encoding.
TEST(HttpParser, TransferEncodingAfterChunked) {
  const std::string head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n";
  EXPECT_EQ(
      ParseEveryWay(Parser::Type::kRequest, head + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
          .error,
      "HPE_INVALID_TRANSFER_ENCODING");
  Outcome empty = ParseEveryWay(Parser::Type::kRequest,
                                head + "Transfer-Encoding: \r\n\r\n1\r\nx\r\n0\r\n\r\n");
  EXPECT_EQ(empty.error, "HPE_OK");
  EXPECT_NE(empty.log.find("chunk 1"), std::string::npos);
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, head + "\r\n0\r\nTransfer-Encoding: gzip\r\n\r\n")
                .error,
            "HPE_INVALID_TRANSFER_ENCODING");
  EXPECT_EQ(
      ParseEveryWay(Parser::Type::kRequest, head + "\r\n0\r\nContent-Length: 1\r\n\r\n").error,
      "HPE_INVALID_CONTENT_LENGTH");
  Outcome response = Parse(Parser::Type::kResponse,
                           "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                           "Transfer-Encoding: gzip\r\n\r\n1\r\nx",
                           {});
  EXPECT_EQ(response.error, "HPE_OK");
  EXPECT_NE(response.log.find("body 1\r\nx"), std::string::npos);  // read to the end
}

// A server whose user declines an upgrade answers it as a plain request;
// after ResumeAfterUpgrade() the parser reads the connection's next request.
TEST(HttpParser, ResumeAfterUpgrade) {
  Recorder recorder;
  Parser parser(Parser::Type::kRequest, &recorder);
  const std::string upgrade = "GET /u HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: x\r\n\r\n";
  EXPECT_EQ(parser.Execute(upgrade.data(), upgrade.size()), upgrade.size());
  EXPECT_EQ(parser.error(), Error::kPausedUpgrade);
  const std::string next = "GET /next HTTP/1.1\r\n\r\n";
  EXPECT_EQ(parser.Execute(next.data(), next.size()), 0u);  // still stopped
  parser.ResumeAfterUpgrade();
  EXPECT_EQ(parser.Execute(next.data(), next.size()), next.size());
  EXPECT_EQ(parser.error(), Error::kOk);
  EXPECT_NE(recorder.log.find("url /next"), std::string::npos);
}

TEST(HttpParser, ResponsesWithoutBodies) {
  for (const char* status : {"100 Continue", "204 No Content", "304 Not Modified"}) {
    std::string input = std::string("HTTP/1.1 ") + status + "\r\nContent-Length: 5\r\n\r\n";
    Outcome outcome = ParseEveryWay(Parser::Type::kResponse, input);
    EXPECT_EQ(outcome.error, "HPE_OK") << status;
    EXPECT_EQ(outcome.log.find("body"), std::string::npos) << status;
    EXPECT_NE(outcome.log.find("complete"), std::string::npos) << status;
  }
  // A response to HEAD: the caller says there is no body.
  Recorder recorder;
  recorder.headers_complete_answer = 1;
  Parser parser(Parser::Type::kResponse, &recorder);
  std::string head = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";
  EXPECT_EQ(parser.Execute(head.data(), head.size()), head.size());
  EXPECT_EQ(recorder.log,
            "\nbegin\nstatus OK\nfield Content-Length\nvalue 5\nheaders-complete\ncomplete");
}

TEST(HttpParser, BodyUntilTheConnectionCloses) {
  Recorder recorder;
  Parser parser(Parser::Type::kResponse, &recorder);
  std::string input = "HTTP/1.1 200 OK\r\n\r\nall of ";
  parser.Execute(input.data(), input.size());
  parser.Execute("this", 4);
  EXPECT_FALSE(parser.ShouldKeepAlive());
  EXPECT_EQ(recorder.log, "\nbegin\nstatus OK\nheaders-complete\nbody all of this");
  EXPECT_EQ(parser.Finish(), Error::kOk);
  EXPECT_EQ(recorder.log, "\nbegin\nstatus OK\nheaders-complete\nbody all of this\ncomplete");

  Parser cut(Parser::Type::kResponse, &recorder);
  std::string short_body = "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc";
  cut.Execute(short_body.data(), short_body.size());
  EXPECT_EQ(cut.Finish(), Error::kInvalidEofState);
  EXPECT_STREQ(cut.reason(), "Invalid EOF state");
}

TEST(HttpParser, ResponseStatusLine) {
  EXPECT_EQ(ParseEveryWay(Parser::Type::kResponse, "HTTP/1.1 2000 OK\r\n\r\n").error,
            "HPE_INVALID_STATUS");
  EXPECT_EQ(ParseEveryWay(Parser::Type::kResponse, "HTTP/1.1 20 OK\r\n\r\n").error,
            "HPE_INVALID_STATUS");
  Outcome empty =
      ParseEveryWay(Parser::Type::kResponse, "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n");
  EXPECT_EQ(empty.error, "HPE_OK");
}

TEST(HttpParser, ErrorsCarryNodesReasonAndPosition) {
  Recorder recorder;
  Parser parser(Parser::Type::kRequest, &recorder);
  std::string input = "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n";
  EXPECT_EQ(parser.Execute(input.data(), input.size()), 52u);  // the second value's first byte
  EXPECT_EQ(parser.error(), Error::kUnexpectedContentLength);
  EXPECT_STREQ(parser.reason(), "Duplicate Content-Length");
  // After an error, nothing more is parsed.
  EXPECT_EQ(parser.Execute("GET", 3), 0u);
}

TEST(HttpParser, LenientFlagsRelaxWhatTheyName) {
  const std::string both =
      "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, both).error, "HPE_INVALID_TRANSFER_ENCODING");
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, both, http::kLenientChunkedLength).error,
            "HPE_OK");
  const std::string bare_lf = "GET / HTTP/1.1\r\nHost: a\n\r\n";
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, bare_lf, http::kLenientOptionalCrBeforeLf).error,
            "HPE_OK");
  // A response whose lines all end in a bare LF, status text or not.
  for (const std::string& status_line : {"HTTP/1.1 200 OK\n", "HTTP/1.1 204\n"}) {
    const std::string response = status_line + "Content-Length: 0\n\n";
    EXPECT_EQ(ParseEveryWay(Parser::Type::kResponse, response).error, "HPE_CR_EXPECTED");
    Outcome lenient =
        ParseEveryWay(Parser::Type::kResponse, response, http::kLenientOptionalCrBeforeLf);
    EXPECT_EQ(lenient.error, "HPE_OK") << status_line;
    EXPECT_NE(lenient.log.find("complete"), std::string::npos) << lenient.log;
  }
  const std::string after_close =
      "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, after_close).error, "HPE_CLOSED_CONNECTION");
  EXPECT_EQ(ParseEveryWay(Parser::Type::kRequest, after_close, http::kLenientDataAfterClose).error,
            "HPE_OK");
}

TEST(HttpParser, PauseStopsAtTheNextByte) {
  struct Pauser : Recorder {
    Parser* parser = nullptr;
    int OnMessageComplete() override {
      parser->Pause();
      return Recorder::OnMessageComplete();
    }
  } recorder;
  Parser parser(Parser::Type::kRequest, &recorder);
  recorder.parser = &parser;
  std::string two = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
  size_t first = parser.Execute(two.data(), two.size());
  EXPECT_EQ(first, 19u);
  EXPECT_EQ(parser.error(), Error::kPaused);
  parser.Resume();
  EXPECT_EQ(parser.Execute(two.data() + first, two.size() - first), two.size() - first);
}

}  // namespace
