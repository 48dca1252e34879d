/// \file
/// The one place where a failed system call becomes a JavaScript Error.
///
/// A job on a worker thread may not touch V8, so when a call fails there it
/// only writes down what happened, as plain data: a UvError (libuv's negative
/// error number, the system call, the path). Back on the loop thread,
/// UvException() turns that record into the Error Node would throw:
///
///     [Error: ENOENT: no such file or directory, open 'missing.txt'] {
///       errno: -2,               libuv's number: -errno on Unix
///       code: 'ENOENT',          uv_err_name()
///       syscall: 'open',
///       path: 'missing.txt'      (and `dest` for rename)
///     }
///
/// The message is "CODE: description, syscall 'path' -> 'dest'", where the
/// description is libuv's uv_strerror() (Node's own text comes from the same
/// table). Node has four shapes in all (lib/internal/errors.js), each made
/// here:
///
///     UvException               ENOENT: no such file or directory, open 'x'
///     UvExceptionWithHostPort   listen EADDRINUSE: address already in use 127.0.0.1:80
///     ExceptionWithHostPort     connect ECONNREFUSED 127.0.0.1:1
///     DnsException              getaddrinfo ENOTFOUND example.invalid
///
/// The socket shapes are first thrown by stage 04's tcp_wrap; they live here
/// all the same, beside the file shape they share their fields with, so that
/// a system error has one home: the stage where system calls first fail
/// (stage 02's loop makes none a script can see). Errors with an ERR_ code
/// are stage 02's node_errors.h; both are in the namespace `errors`.
#pragma once

#include <v8.h>

#include <string>

namespace errors {

/// What a job records when a system call fails.
struct UvError {
  int code = 0;         ///< a negative libuv error such as UV_ENOENT; 0: no error
  std::string syscall;  ///< "open", "read", "scandir", ...
  std::string path;     ///< the path it was about, or empty
  std::string dest;     ///< the second path (rename), or empty

  bool failed() const { return code != 0; }
};

/// Records a failure (when `result` is a negative libuv error) and returns
/// true; returns false for success, so a job can write
/// `if (Failed(uv_fs_open(...), "open", path)) return;`.
bool Failed(UvError& error, int result, const char* syscall, const std::string& path = "",
            const std::string& dest = "");

/// The Error Node makes for a failed call: message "ENOENT: no such file or
/// directory, open 'x'" and the properties errno, code, syscall, path, dest.
v8::Local<v8::Object> UvException(v8::Isolate* isolate, const UvError& error);

/// The same, for a caller that has the parts rather than a record:
/// `UvException(isolate, UV_ENOENT, "open", "a.txt")`.
v8::Local<v8::Object> UvException(v8::Isolate* isolate, int code, const std::string& syscall,
                                  const std::string& path = "", const std::string& dest = "");

/// `listen EADDRINUSE: address already in use 127.0.0.1:8000`, with code,
/// errno, syscall, address and port (a port of 0 is left out, as in Node).
v8::Local<v8::Object> UvExceptionWithHostPort(v8::Isolate* isolate, int code,
                                              const std::string& syscall,
                                              const std::string& address, int port);

/// `connect ECONNREFUSED 127.0.0.1:1` (no description), with errno, code,
/// syscall, address and port.
v8::Local<v8::Object> ExceptionWithHostPort(v8::Isolate* isolate, int code,
                                            const std::string& syscall, const std::string& address,
                                            int port);

/// libuv's name of an error ("ENOENT") and its description ("no such file or
/// directory"). They use the _r forms of uv_err_name/uv_strerror, which
/// write into a buffer of ours: the plain forms leak a small allocation for
/// numbers libuv does not know.
std::string UvErrorName(int code);
std::string UvMessage(int code);

/// The Error Node makes for a failed name lookup: message "getaddrinfo
/// ENOTFOUND host", properties errno, code, syscall, hostname. As in Node,
/// "no such name" and "no data" both get the code ENOTFOUND.
v8::Local<v8::Object> DnsException(v8::Isolate* isolate, int code, const char* syscall,
                                   const std::string& hostname);

}  // namespace errors
