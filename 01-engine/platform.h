/// \file
/// The V8 platform: the part of V8 that exists once per process.
///
/// V8 splits its world in three. The *platform* (this file) gives V8 its
/// worker threads, its task queues and its clock; it is created once and
/// outlives everything else. An *isolate* (engine.h) is one heap with its own
/// garbage collector. A *context* is one global object inside an isolate.
///
/// V8 can be initialised only once per process and never again after
/// disposal, so V8Process is meant to live in main() (or in a test
/// environment) for the whole run.
#pragma once

#include <libplatform/libplatform.h>
#include <v8.h>

#include <memory>
#include <string>
#include <vector>

namespace engine {

class V8Process {
 public:
  /// Hands `v8_flags` (e.g. "--expose-gc") to V8, then starts the platform.
  explicit V8Process(const std::vector<std::string>& v8_flags = {});
  ~V8Process();

  V8Process(const V8Process&) = delete;
  V8Process& operator=(const V8Process&) = delete;

  /// The platform of the one V8Process alive (V8 allows a single platform per
  /// process), or nullptr outside its life. A later stage's event loop uses it
  /// to run the tasks V8 posts for the main thread.
  static v8::Platform* CurrentPlatform() { return current_platform_; }

  /// Passes flags to V8 and returns the ones V8 did not recognise.
  static std::vector<std::string> SetFlags(const std::vector<std::string>& flags);

 private:
  std::unique_ptr<v8::Platform> platform_;
  static inline v8::Platform* current_platform_ = nullptr;
};

}  // namespace engine
