"""The table of raw requests: (name, bytes) sent byte-exact to tests/http/server.js.

Each is answered as Node 20 answers it; the answers are in expected.json,
recorded from Node by `python3 tests/http/raw_requests.py --record`.
Most are malformed (NODE-NOTES.md, "HTTP server defaults"); a few valid
ones pin down framing, keep-alive and pipelining.
"""

H = b"Host: a\r\n"

CASES = [
    # Valid requests: framing and connection handling.
    ("get", b"GET / HTTP/1.1\r\n" + H + b"\r\n"),
    ("get-chunked-response", b"GET /chunked HTTP/1.1\r\n" + H + b"\r\n"),
    ("head", b"HEAD / HTTP/1.1\r\n" + H + b"\r\n"),
    ("http10", b"GET / HTTP/1.0\r\n\r\n"),
    ("http10-keep-alive", b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"),
    ("connection-close", b"GET / HTTP/1.1\r\n" + H + b"Connection: close\r\n\r\n"),
    ("post-content-length", b"POST /p HTTP/1.1\r\n" + H + b"Content-Length: 5\r\n\r\nhello"),
    ("post-chunked", b"POST /p HTTP/1.1\r\n" + H +
     b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n"),
    ("post-chunked-trailer", b"POST /p HTTP/1.1\r\n" + H +
     b"Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-T: 1\r\n\r\n"),
    ("pipelined-3", (b"GET /1 HTTP/1.1\r\n" + H + b"\r\n") + (b"GET /2 HTTP/1.1\r\n" + H + b"\r\n") +
     (b"GET /3 HTTP/1.1\r\n" + H + b"\r\n")),
    ("leading-crlf", b"\r\nGET / HTTP/1.1\r\n" + H + b"\r\n"),
    ("options-star", b"OPTIONS * HTTP/1.1\r\n" + H + b"\r\n"),
    ("absolute-form", b"GET http://a/x?y HTTP/1.1\r\n" + H + b"\r\n"),
    ("two-hosts", b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
    ("tab-in-value", b"GET / HTTP/1.1\r\n" + H + b"X-A: a\tb\r\n\r\n"),
    ("obs-text-in-value", b"GET / HTTP/1.1\r\n" + H + b"X-A: caf\xe9\r\n\r\n"),
    ("expect-100", b"POST / HTTP/1.1\r\n" + H + b"Expect: 100-continue\r\nContent-Length: 2\r\n\r\nok"),
    ("expect-unknown", b"GET / HTTP/1.1\r\n" + H + b"Expect: foo\r\n\r\n"),
    ("te-chunked-then-space", b"POST / HTTP/1.1\r\n" + H + b"Transfer-Encoding: chunked \r\n\r\n0\r\n\r\n"),
    ("upgrade-no-listener", b"GET / HTTP/1.1\r\n" + H + b"Connection: upgrade\r\nUpgrade: foo\r\n\r\n"),
    # Malformed: 400 and a closed connection.
    ("no-host-http11", b"GET / HTTP/1.1\r\n\r\n"),
    ("cl-and-te", b"POST / HTTP/1.1\r\n" + H +
     b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
    ("cl-twice", b"POST / HTTP/1.1\r\n" + H + b"Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello"),
    ("cl-list", b"POST / HTTP/1.1\r\n" + H + b"Content-Length: 5, 5\r\n\r\nhello"),
    ("cl-not-a-number", b"POST / HTTP/1.1\r\n" + H + b"Content-Length: abc\r\n\r\n"),
    ("te-not-chunked-last", b"POST / HTTP/1.1\r\n" + H + b"Transfer-Encoding: chunked, gzip\r\n\r\n"),
    ("te-chunked-then-tab", b"POST / HTTP/1.1\r\n" + H + b"Transfer-Encoding: chunked\t\r\n\r\n0\r\n\r\n"),
    ("obs-fold", b"GET / HTTP/1.1\r\n" + H + b"X-A: a\r\n b\r\n\r\n"),
    ("bare-lf", b"GET / HTTP/1.1\n" + H + b"\n"),
    ("bare-cr", b"GET / HTTP/1.1\r" + H + b"\r\n"),
    ("space-in-header-name", b"GET / HTTP/1.1\r\n" + H + b"X A: 1\r\n\r\n"),
    ("space-before-colon", b"GET / HTTP/1.1\r\n" + H + b"X-A : 1\r\n\r\n"),
    ("nul-in-value", b"GET / HTTP/1.1\r\n" + H + b"X-A: a\x00b\r\n\r\n"),
    ("del-in-value", b"GET / HTTP/1.1\r\n" + H + b"X-A: a\x7fb\r\n\r\n"),
    ("http12", b"GET / HTTP/1.2\r\n" + H + b"\r\n"),
    ("http30", b"GET / HTTP/3.0\r\n" + H + b"\r\n"),
    ("http20", b"GET / HTTP/2.0\r\n" + H + b"\r\n"),
    ("http09", b"GET /\r\n\r\n"),
    ("lowercase-version", b"GET / http/1.1\r\n" + H + b"\r\n"),
    ("lowercase-method", b"get / HTTP/1.1\r\n" + H + b"\r\n"),
    ("unknown-method", b"FOO / HTTP/1.1\r\n" + H + b"\r\n"),
    ("space-in-url", b"GET /a b HTTP/1.1\r\n" + H + b"\r\n"),
    ("bad-chunk-size", b"POST / HTTP/1.1\r\n" + H + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n"),
    ("chunk-size-space", b"POST / HTTP/1.1\r\n" + H + b"Transfer-Encoding: chunked\r\n\r\n2 \r\nhi\r\n0\r\n\r\n"),
    ("garbage", b"HELLO\r\n\r\n"),
    ("valid-then-garbage", b"GET / HTTP/1.1\r\n" + H + b"\r\nxyz\r\n\r\n"),
    ("close-then-request", (b"GET /1 HTTP/1.1\r\n" + H + b"Connection: close\r\n\r\n") +
     (b"GET /2 HTTP/1.1\r\n" + H + b"\r\n")),
    ("connect-no-listener", b"CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n"),
    # Limits.
    ("header-too-large", b"GET / HTTP/1.1\r\n" + H + b"X-A: " + b"a" * 17000 + b"\r\n\r\n"),
    ("url-too-large", b"GET /" + b"a" * 17000 + b" HTTP/1.1\r\n" + H + b"\r\n"),
]
