/// \file
/// DNS answers as JavaScript records: what dns.resolveMx() and its siblings
/// return, made from the raw message a c-ares query brings back. (Node: the
/// Parse() methods of src/cares_wrap.cc's QueryWrap classes.)
///
/// c-ares hands a query's callback the server's whole answer, a DNS message
/// of bytes; its ares_parse_*_reply() functions pick out the records of one
/// type, already decoded (names decompressed, TXT strings split). This file
/// turns each into the objects Node's dns module shows:
///
///     A, AAAA   ['192.0.2.1']            and, beside it, ttls: [300]
///     MX        [{ exchange, priority }]
///     SRV       [{ name, port, priority, weight }]
///     TXT       [['chunk', 'chunk'], ...]   one array per record
///     SOA       { nsname, hostmaster, serial, refresh, retry, expire, minttl }
///     ANY       every record of the answer, each with its `type`
#pragma once

#include <v8.h>

#include "realm.h"

namespace modules {

/// What a query asks for (Kind::kAddr is a reverse lookup, answered by
/// c-ares's gethostbyaddr as a list of names).
enum class Kind { kAny, kA, kAaaa, kCaa, kCname, kMx, kNs, kTxt, kSrv, kPtr, kNaptr, kSoa, kAddr };

/// The record type number of a query (RFC 1035 and successors).
int RecordType(Kind kind);

/// Parses `answer` for the records `kind` asks. Returns a c-ares status
/// (ARES_SUCCESS, ARES_ENODATA, ARES_EBADRESP); on success sets `*result`,
/// and `*ttls` for A and AAAA.
int ParseAnswer(bindings::Realm& realm, Kind kind, const unsigned char* answer, int length,
                v8::Local<v8::Value>* result, v8::Local<v8::Value>* ttls);

}  // namespace modules
