/// \file
/// What a process costs: the natives behind process.memoryUsage(),
/// cpuUsage(), resourceUsage() and uptime() (Node: the same functions in
/// src/node_process_methods.cc).
///
/// Each native fills a Float64Array the JavaScript side passed in, rather
/// than making an object: the JavaScript (lib/internal/process/
/// per_thread.js) names the fields, validates arguments and computes
/// differences, as Node does, and the native stays a plain read of the
/// kernel's or V8's counters:
///
///     memoryUsage(out[5])     rss (uv_resident_set_memory), then V8's
///                             HeapStatistics: heapTotal, heapUsed,
///                             external, arrayBuffers
///     rss()                   the resident set size alone
///     cpuUsage(out[2])        user and system CPU time in microseconds
///                             (uv_getrusage)
///     resourceUsage(out[16])  every field of getrusage(2), in Node's order
///     uptime()                seconds since this process started
#pragma once

#include <v8.h>

namespace bindings {
class Realm;
}

namespace modules {

/// Adds the natives above to the `process_methods` binding's exports.
void AddProcessUsageMethods(bindings::Realm& realm, v8::Local<v8::Object> exports);

}  // namespace modules
