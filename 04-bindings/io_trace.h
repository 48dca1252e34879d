/// \file
/// --trace-loop, continued: what the binding layer adds to the story.
///
/// Stage 02 traces the callbacks it makes itself (timers, immediates) and
/// stage 03 its pool jobs. From this stage on, most calls from the loop into
/// JavaScript go through Realm::MakeCallback: a connection accepted, bytes
/// read from a socket, a file request finished. So that is where they are
/// traced, each named by the wrapper's class and the property called:
///
///     [loop]   poll    TCP onconnection -> onconnection (net.js:1410)
///     [loop]   poll    TCP onread: 78 bytes -> onStreamRead (stream_base_commons.js:160)
///     [pool] fs open 'public/index.html' queued on libuv's pool
///     [loop]   poll    fs open 'public/index.html' done: fd 23 -> oncomplete (fs.js:440)
///     [tcp]  write 1234 bytes: all taken by the kernel at once
///
/// A file request here is a uv_fs_* call with a callback: libuv runs it on
/// a worker of its pool (the pool stage 03 drives with uv_queue_work) and
/// hands it back through the same uv_async_t, so its completion, like a
/// socket's read, arrives in the **poll** phase. libuv does not tell which
/// worker ran a uv_fs_* call, so, unlike stage 03's jobs, these have no
/// worker lines: the queued line and the done line frame the time a worker
/// had it.
///
/// Writes are traced only on TCP sockets (a trace line for every
/// console.log on a pipe would drown the rest). With --trace-loop=chrome:FILE
/// the callbacks are slices of the poll phase and the other lines are marks.
#pragma once

#include <v8.h>

#include <string>

#include "loop_trace.h"

namespace bindings {

/// "TCP onread: 78 bytes": what `receiver[name](...argv)` is, for the trace.
std::string DescribeCall(v8::Local<v8::Object> receiver, v8::Local<v8::String> name, int argc,
                         v8::Local<v8::Value> argv[]);

/// One line of this layer, such as "[pool] fs open 'a.txt' queued ...":
/// on stderr, or a mark on the loop's track of the Chrome trace.
void TraceNote(loop::LoopTrace& trace, const std::string& text);

}  // namespace bindings
