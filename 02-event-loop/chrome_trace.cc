#include "chrome_trace.h"

#include <uv.h>

#include <map>

#include "console.h"

namespace loop {
namespace {

// The sinks open in this process, by path: a worker's runtime finds the
// main thread's here. Weak, so the last runtime to finish closes the file.
std::mutex registry_mutex;
std::map<std::string, std::weak_ptr<ChromeTrace>>& Registry() {
  static auto* registry = new std::map<std::string, std::weak_ptr<ChromeTrace>>();
  return *registry;
}

}  // namespace

std::shared_ptr<ChromeTrace> ChromeTrace::Open(const std::string& path) {
  std::lock_guard<std::mutex> lock(registry_mutex);
  std::weak_ptr<ChromeTrace>& slot = Registry()[path];
  if (std::shared_ptr<ChromeTrace> open = slot.lock()) return open;
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) {
    engine::WriteStderr("--trace-loop: cannot write " + path + "\n");
    return nullptr;
  }
  std::shared_ptr<ChromeTrace> trace(new ChromeTrace(file, path));
  slot = trace;
  return trace;
}

ChromeTrace::ChromeTrace(std::FILE* file, std::string path)
    : file_(file), path_(std::move(path)), start_ns_(uv_hrtime()) {
  std::fputs("[\n", file_);
}

ChromeTrace::~ChromeTrace() {
  std::fputs("\n]\n", file_);
  std::fclose(file_);
  std::lock_guard<std::mutex> lock(registry_mutex);
  auto it = Registry().find(path_);
  if (it != Registry().end() && it->second.expired()) Registry().erase(it);
}

int ChromeTrace::NewLoopTrack() {
  std::lock_guard<std::mutex> lock(mutex_);
  return ++loop_tracks_;
}

std::string ChromeTrace::Quote(const std::string& text) {
  std::string quoted = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += static_cast<char>(c);
    } else if (c < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      quoted += escape;
    } else {
      quoted += static_cast<char>(c);
    }
  }
  return quoted + "\"";
}

void ChromeTrace::Write(const char* phase, int track, const std::string& fields, bool timed) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string event = std::string(first_ ? "" : ",\n") + "{\"ph\":\"" + phase + "\",\"cat\":\"" +
                      (track >= PoolTrack(0) ? "pool" : "loop") +
                      "\",\"pid\":1,\"tid\":" + std::to_string(track);
  if (timed) {
    // Microseconds, with the nanoseconds libuv's clock gives as decimals.
    char ts[40];
    std::snprintf(ts, sizeof ts, "%.3f", (uv_hrtime() - start_ns_) / 1e3);
    event += std::string(",\"ts\":") + ts;
  }
  event += fields + "}";
  first_ = false;
  std::fputs(event.c_str(), file_);
}

void ChromeTrace::NameTrack(int track, const std::string& name) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!named_.insert(track).second) return;
  }
  Write("M", track, ",\"name\":\"thread_name\",\"args\":{\"name\":" + Quote(name) + "}", false);
  // Sort the tracks as they were made: loops first, then the pool.
  Write("M", track,
        ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" + std::to_string(track) + "}",
        false);
}

void ChromeTrace::Begin(int track, const std::string& name, const std::string& args) {
  Write("B", track, ",\"name\":" + Quote(name) + ",\"args\":{" + args + "}", true);
}

void ChromeTrace::End(int track, const std::string& name, const std::string& args) {
  Write("E", track, ",\"name\":" + Quote(name) + ",\"args\":{" + args + "}", true);
}

void ChromeTrace::Instant(int track, const std::string& name, const std::string& args) {
  // "s":"t": the mark belongs to this track only.
  Write("i", track, ",\"name\":" + Quote(name) + ",\"s\":\"t\"" + ",\"args\":{" + args + "}", true);
}

}  // namespace loop
