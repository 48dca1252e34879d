/// \file
/// --trace-loop=chrome:FILE: the loop's story as a Chrome trace.
///
/// The trace event format (the JSON that chrome://tracing, Perfetto and
/// Catapult's viewer open) is a list of events, each on a track named by
/// a process id and a thread id:
///
///     [
///     {"ph":"M","name":"thread_name","pid":1,"tid":1,"args":{"name":"loop (main thread)"}},
///     {"ph":"B","name":"iteration 1","pid":1,"tid":1,"ts":812.4},
///     {"ph":"B","name":"timers","pid":1,"tid":1,"ts":812.6},
///     {"ph":"B","name":"Timeout 1 ms -> tick (order.js:3)","pid":1,"tid":1,"ts":812.7},
///     {"ph":"E","pid":1,"tid":1,"ts":850.0},
///     ...
///
/// (Every event also carries a category, "cat": "loop" or "pool", by which
/// a viewer can filter.) "B" opens a slice and "E" closes the innermost open slice of the same
/// track, so slices nest the way calls do: an iteration holds its phases,
/// a phase holds the callbacks it ran. "i" is an instant (a mark with no
/// length), "M" names a track. Timestamps are microseconds from libuv's
/// monotonic clock (uv_hrtime), which every thread reads alike, so a pool
/// worker's slice lines up with the loop slice that was waiting for it.
///
/// One file, one writer: a worker_threads Worker copies the command line,
/// so its runtime asks for the same file; Open() hands it the same sink and
/// a track of its own. Every event is written under one mutex and each
/// timestamp is taken under it, so the file's timestamps never go back.
/// Events go out as they happen (a crash leaves a readable prefix: the
/// format allows a missing final "]"); the last owner closes the array.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace loop {

class ChromeTrace {
 public:
  /// The sink writing `path`: a new one, or the one already open for it.
  /// Null (with a message on stderr) when the file cannot be created.
  static std::shared_ptr<ChromeTrace> Open(const std::string& path);
  ~ChromeTrace();
  ChromeTrace(const ChromeTrace&) = delete;
  ChromeTrace& operator=(const ChromeTrace&) = delete;

  /// A new track for an event loop: 1 for the first (the main thread), then
  /// 2, 3, ... for the loops of worker threads.
  int NewLoopTrack();
  /// Pool workers' tracks sit apart from the loops': 100 + worker number.
  static int PoolTrack(int worker) { return 100 + worker; }

  /// Names `track` once (later calls for the same track do nothing).
  void NameTrack(int track, const std::string& name);
  /// `args` is a JSON object's members without braces ("\"ms\":4"), or "" (the
  /// event still gets an empty "args": some viewers require one).
  void Begin(int track, const std::string& name, const std::string& args = "");
  /// Closes the innermost open slice of `track`, named again as some
  /// viewers (DevTools' importer) match an "E" to its "B" by name.
  void End(int track, const std::string& name, const std::string& args = "");
  void Instant(int track, const std::string& name, const std::string& args = "");

  /// `text` as a JSON string literal, quotes included.
  static std::string Quote(const std::string& text);

 private:
  explicit ChromeTrace(std::FILE* file, std::string path);
  /// Writes one event; `fields` are its members after ph, pid, tid and ts.
  void Write(const char* phase, int track, const std::string& fields, bool timed);

  std::FILE* file_;
  const std::string path_;
  std::mutex mutex_;
  uint64_t start_ns_;
  bool first_ = true;
  int loop_tracks_ = 0;
  std::set<int> named_;
};

}  // namespace loop
