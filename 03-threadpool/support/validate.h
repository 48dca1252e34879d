/// \file
/// Argument checks, in Node's words: every native of stages 03 and 04 reads
/// its arguments through these. (Node: lib/internal/validators.js and the
/// helpers of lib/internal/fs/utils.js.)
///
/// Every function here looks at one JavaScript value. If it is acceptable,
/// the function stores the C++ form of it in `*out` and returns true. If not,
/// it throws the error Node throws for it (stage 02's node_errors.h) and
/// returns false; the native then returns at once, and the exception reaches
/// the script (or, for a promise-returning function, becomes its rejection:
/// pool_call.h). So a native reads:
///
///     std::string address;
///     int port;
///     if (!ValidateString(isolate, info[0], "address", &address) ||
///         !ValidatePort(isolate, info[1], &port)) {
///       return;  // the exception is on its way to the script
///     }
///
/// None of them converts: a number is not accepted where a string is
/// expected. That is what Node's validators do too, and what keeps a native
/// from calling back into a script (a toString() method) in the middle of
/// its work. Only an options object is read with Get(), which may run the
/// script's own getter; an exception it throws travels the same way.
///
/// The generic checks come first (Node's validators.js; stage 04's sockets
/// are the first to need a port or a buffer, and find them here), then the
/// file system's (fs/utils.js).
#pragma once

#include <v8.h>

#include <cstdint>
#include <optional>
#include <string>

#include "support/encoding.h"

namespace pool {

// ---- Generic (lib/internal/validators.js) ----

/// A function, or ERR_INVALID_ARG_TYPE 'The "name" argument must be of type
/// function'.
bool ValidateFunction(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name);

bool ValidateString(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                    std::string* out);

bool ValidateBoolean(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                     bool* out);

/// An object (a plain one, to be filled: getsockname(out)).
bool ValidateObject(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                    v8::Local<v8::Object>* out);

/// A number that is an integer in [min, max] (Node's validateInteger and
/// validateInt32). `group_digits`: see errors::ReceivedNumber().
bool ValidateInteger(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                     int64_t min, int64_t max, int64_t* out, bool group_digits = true);

/// A port number, 0 to 65535 (ERR_SOCKET_BAD_PORT otherwise).
bool ValidatePort(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out);

/// A Buffer, TypedArray or DataView (Node's validateBuffer).
bool ValidateBuffer(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                    v8::Local<v8::ArrayBufferView>* out);

// ---- The file system's (lib/internal/fs/utils.js) ----

/// A file descriptor: an integer in [0, 2^31 - 1].
bool ValidateFd(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out);

/// A path: a string or a Uint8Array (its bytes), without NUL characters.
/// (Node also takes a file: URL; there is no URL class at this stage.)
bool ValidatePath(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                  std::string* out);

/// Node's assertEncoding: a falsy value means "no encoding" (bytes);
/// anything else must name an encoding (ERR_INVALID_ARG_VALUE "is invalid
/// encoding").
bool ValidateEncoding(v8::Isolate* isolate, v8::Local<v8::Value> value,
                      std::optional<Encoding>* out);

/// open()'s flags: a number, or 'r', 'r+', 'w', 'wx', 'a', ... (Node's
/// stringToFlags); undefined or null means `default_flags`.
bool ParseOpenFlags(v8::Isolate* isolate, v8::Local<v8::Value> value, int default_flags, int* out);

/// A file mode: an unsigned 32-bit integer or an octal string ('755');
/// undefined or null means `default_mode`. (Node's parseFileMode.)
bool ParseFileMode(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                   int default_mode, int* out);

/// An options argument as Node's getOptions() reads it: nothing (undefined,
/// null, or a function, which is the callback), a string (the encoding), or
/// an object whose members Get() reads. Anything else is ERR_INVALID_ARG_TYPE.
class Options {
 public:
  /// Reads `value`; validates its `encoding`.
  bool Parse(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

  /// options[name], or undefined when there is no options object. False if
  /// a getter threw.
  bool Get(const char* name, v8::Local<v8::Value>* out) const;
  /// options[name] as a boolean (ERR_INVALID_ARG_TYPE for "options.name"
  /// unless undefined, which leaves `*out` as it was).
  bool GetBoolean(const char* name, bool* out) const;

  /// The encoding asked for; none: bytes.
  std::optional<Encoding> encoding;
  /// The encoding was 'buffer', which some functions accept (readdir: names
  /// as bytes).
  bool buffer_encoding = false;

 private:
  v8::Local<v8::Context> context_;
  v8::Local<v8::Object> object_;  ///< empty when there is no options object
};

}  // namespace pool
