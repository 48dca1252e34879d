#!/usr/bin/env python3
"""Stage 06 benchmark: the HTTP parser through the http_parser binding, against Node 20's.

One script, run by both runtimes with --expose-internals, drives each
runtime's own `http_parser` binding exactly as lib/_http_common.js does
(new HTTPParser, initialize, the kOn* callbacks, execute), so the time is
the parser's and the binding's: Node's is llhttp (generated C) with its
binding; ours is 06-http/parser/ with 06-http/http_parser_binding.cc.

  200,000 GET requests     a browser's request with 9 headers, 1,000 of them
                           pipelined in one buffer, fed in 64 KiB pieces,
                           200 times over
  50,000 chunked POSTs     each with 4 chunks of 1 KiB and a trailer
  200,000 responses        a 200 with 6 headers and a 100-byte body

Each prints how many messages completed, which the warm-up run checks.
The start-up of both runtimes is in the times (a few tens of ms; see
tests/bench/05-modules.py for it alone).

Run:  python3 tests/bench/06-http-parser.py --build build [--runs 10]
"""

import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402  (found through the path set just above)

PARSE = """
'use strict';
const {{ internalBinding }} = require('internal/test/binding');
const {{ HTTPParser }} = internalBinding('http_parser');
const {{ kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnHeaders }} = HTTPParser;
const one = {message};
const count = {count};
// A buffer of 1,000 messages parsed over and over: the time goes to the
// parser, not to making the input.
const input = Buffer.from(one.repeat(1000), 'latin1');
const parser = new HTTPParser();
parser.initialize(HTTPParser.{type}, {{}}, 0, 0);
let complete = 0, bodyBytes = 0, headerPairs = 0;
parser[kOnHeaders] = (headers) => {{ headerPairs += headers.length / 2; }};
parser[kOnHeadersComplete] = (major, minor, headers) => {{
  if (headers) headerPairs += headers.length / 2;
  return 0;
}};
parser[kOnBody] = (body) => {{ bodyBytes += body.length; }};
parser[kOnMessageComplete] = () => {{ complete++; }};
for (let round = 0; round < count / 1000; round++) {{
  for (let i = 0; i < input.length; i += 65536) {{
    const result = parser.execute(input.subarray(i, i + 65536));
    if (typeof result !== 'number') throw result;
  }}
}}
console.log(complete);
"""

GET = ("GET /index.html?user=42&lang=en HTTP/1.1\r\nHost: example.com\r\n"
       "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/120.0\r\n"
       "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
       "Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\n"
       "Connection: keep-alive\r\nCookie: session=abcdef0123456789; theme=dark\r\n"
       "Upgrade-Insecure-Requests: 1\r\nCache-Control: max-age=0\r\n\r\n")
CHUNK = "400\r\n" + "x" * 1024 + "\r\n"
POST = ("POST /upload HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/octet-stream\r\n"
        "Transfer-Encoding: chunked\r\n\r\n" + CHUNK * 4 + "0\r\nX-Checksum: 1234\r\n\r\n")
RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n"
            "Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nConnection: keep-alive\r\n"
            "Keep-Alive: timeout=5\r\nCache-Control: no-cache\r\n\r\n" + "y" * 100)


def js_string(text):
    """`text` as a JavaScript string literal (ASCII)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\r", "\\r").replace(
        "\n", "\\n") + "'"


def make_cases(stage, node, folder):
    def case(title, name, message, count, type_name):
        script = os.path.join(folder, name)
        with open(script, "w", encoding="utf-8") as f:
            f.write(PARSE.format(message=js_string(message), count=count, type=type_name))
        flags = ["--expose-internals", "--no-warnings", script]
        expect = f"{count}\n"
        return compare.Case(title=title,
                            commands=[compare.Command("06-http", [stage] + flags,
                                                      expect_stdout=expect),
                                      compare.Command("node", [node] + flags,
                                                      expect_stdout=expect)],
                            baseline="node")
    return [
        case("200,000 pipelined GET requests (9 headers)", "get.js", GET, 200_000, "REQUEST"),
        case("50,000 chunked POSTs (4 x 1 KiB, a trailer)", "post.js", POST, 50_000, "REQUEST"),
        case("200,000 responses (6 headers, 100-byte body)", "response.js", RESPONSE, 200_000,
             "RESPONSE"),
    ]


def main():
    args, stage = compare.stage_arguments(
        "06-http", "Stage 06's HTTP parser through its binding, against Node 20's.")
    folder = tempfile.mkdtemp(prefix="bench-06-http-")
    try:
        return compare.run_cases(make_cases(stage, args.node, folder), runs=args.runs,
                                 warmup=args.warmup, only=args.only)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
